/* decode.c - input bytes to valid UTF-8 (see decode.h).
 *
 * Two paths meet in utf8_emit(): native UTF-8 is validated and copied in
 * ASCII-fast runs; other encodings go through iconv into a scratch buffer
 * and then through the same path, so CR handling and the BOM rule exist
 * once.  Invariant between feeds: `pend` holds at most 3 bytes, a valid
 * but incomplete UTF-8 prefix; `carry` holds raw bytes iconv could not
 * yet convert (an incomplete multibyte character). */
#include "decode.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

struct tk_decoder {
	char *encoding;          /* requested; NULL = auto */
	const char *active;      /* in use for this file */
	size_t unit;             /* code unit size: what an ill-formed unit skips */
	enum tk_invalid policy;
	iconv_t cd;
	bool sniffing;           /* auto mode, start of file, < 4 bytes seen */
	char head[4];
	size_t head_len;
	bool at_start;           /* nothing decoded yet in this file */
	bool cr;                 /* the last output byte came from a CR */
	char pend[4];
	size_t pend_len;
	struct tk_buf carry;     /* iconv: unconverted raw bytes */
	struct tk_buf conv;      /* iconv output scratch */
	uint64_t raw_off;        /* raw bytes of this file consumed so far */
	uint64_t n_invalid, first_invalid, err_off;
};

static bool is_utf8_name(const char *e)
{
	return strcasecmp(e, "UTF-8") == 0 || strcasecmp(e, "UTF8") == 0;
}

bool tk_decoder_encoding_ok(const char *encoding)
{
	if (is_utf8_name(encoding))
		return true;
	iconv_t cd = iconv_open("UTF-8", encoding);
	if (cd == (iconv_t)-1)
		return false;
	iconv_close(cd);
	return true;
}

/* Skipping one byte after an ill-formed UTF-16/32 unit would decode the
 * rest of the file out of step (every later pair of bytes swapped into
 * garbage), so those skip a whole code unit. */
static size_t unit_size(const char *e)
{
	static const struct { const char *prefix; size_t unit; } units[] = {
		{ "UTF-16", 2 }, { "UTF16", 2 }, { "UCS-2", 2 }, { "UCS2", 2 },
		{ "UTF-32", 4 }, { "UTF32", 4 }, { "UCS-4", 4 }, { "UCS4", 4 },
	};
	for (size_t i = 0; i < TK_LEN(units); i++)
		if (strncasecmp(e, units[i].prefix, strlen(units[i].prefix)) == 0)
			return units[i].unit;
	return 1;
}

static int set_encoding(struct tk_decoder *d, const char *enc)
{
	if (d->cd != (iconv_t)-1) {
		iconv_close(d->cd);
		d->cd = (iconv_t)-1;
	}
	d->unit = 1;
	if (!enc || is_utf8_name(enc)) {
		d->active = "UTF-8";
		return TK_OK;
	}
	d->cd = iconv_open("UTF-8", enc);
	if (d->cd == (iconv_t)-1)
		return TK_ENOENC;
	d->active = enc;
	d->unit = unit_size(enc);
	return TK_OK;
}

struct tk_decoder *tk_decoder_new(const char *encoding, enum tk_invalid policy)
{
	struct tk_decoder *d = xcalloc(1, sizeof *d);
	d->cd = (iconv_t)-1;
	d->policy = policy;
	d->encoding = encoding ? xstrdup(encoding) : NULL;
	if (set_encoding(d, encoding) != TK_OK) {
		free(d->encoding);
		free(d);
		return NULL;
	}
	tk_decoder_reset(d);
	return d;
}

void tk_decoder_free(struct tk_decoder *d)
{
	if (!d)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	tk_buf_free(&d->carry);
	tk_buf_free(&d->conv);
	free(d->encoding);
	free(d);
}

void tk_decoder_reset(struct tk_decoder *d)
{
	if (!d->encoding)
		set_encoding(d, NULL); /* auto: back to UTF-8 until a BOM says */
	else if (d->cd != (iconv_t)-1)
		iconv(d->cd, NULL, NULL, NULL, NULL);
	d->sniffing = d->encoding == NULL;
	d->head_len = 0;
	d->at_start = true;
	d->cr = false;
	d->pend_len = 0;
	d->carry.len = 0;
	d->raw_off = 0;
	d->n_invalid = d->first_invalid = d->err_off = 0;
}

uint64_t tk_decoder_invalid_count(const struct tk_decoder *d) { return d->n_invalid; }
uint64_t tk_decoder_first_invalid(const struct tk_decoder *d) { return d->first_invalid; }
uint64_t tk_decoder_error_offset(const struct tk_decoder *d) { return d->err_off; }
const char *tk_decoder_encoding(const struct tk_decoder *d) { return d->active; }

/* An ill-formed sequence at raw offset off: apply the policy. */
static int invalid(struct tk_decoder *d, uint64_t off, struct tk_buf *out)
{
	if (d->n_invalid++ == 0)
		d->first_invalid = off;
	switch (d->policy) {
	case TK_INVALID_REPLACE:
		tk_buf_add(out, TK_REPLACEMENT_UTF8, 3);
		break;
	case TK_INVALID_DROP:
		break;
	case TK_INVALID_FAIL:
		d->err_off = off;
		return TK_EILSEQ;
	}
	return TK_OK;
}

/* Post-process out[start..len): the BOM rule and CR/CRLF -> LF. */
static void fix_region(struct tk_decoder *d, struct tk_buf *out, size_t start)
{
	if (out->len == start)
		return;
	if (d->at_start) {
		d->at_start = false;
		if (out->len - start >= 3 && memcmp(out->data + start, "\xEF\xBB\xBF", 3) == 0)
			tk_buf_consume_at(out, start, 3);
		if (out->len == start)
			return;
	}
	if (d->cr) {
		d->cr = false;
		if (out->data[start] == '\n')
			tk_buf_consume_at(out, start, 1);
		if (out->len == start)
			return;
	}
	char *p = memchr(out->data + start, '\r', out->len - start);
	if (!p)
		return;
	char *w = p, *end = out->data + out->len;
	while (p < end) {
		char c = *p++;
		if (c == '\r') {
			*w++ = '\n';
			if (p < end && *p == '\n')
				p++;
			else if (p == end)
				d->cr = true;
		} else
			*w++ = c;
	}
	out->len = (size_t)(w - out->data);
}

/* Validate UTF-8 s[0..n) (raw offset base) into out.  With final, an
 * incomplete sequence at the end is ill-formed; else it goes to pend. */
static int utf8_emit(struct tk_decoder *d, const char *s, size_t n,
                     uint64_t base, struct tk_buf *out, bool final)
{
	size_t start = out->len;
	size_t i = 0;
	int rc = TK_OK;

	if (d->pend_len) {
		char tmp[8];
		size_t k = n < 4 ? n : 4;
		memcpy(tmp, d->pend, d->pend_len);
		memcpy(tmp + d->pend_len, s, k);
		size_t tl = d->pend_len + k;
		int r = tk_utf8_check(tmp, tl);
		uint64_t poff = base - d->pend_len;
		if (r > 0) {
			tk_buf_add(out, tmp, (size_t)r);
			i = (size_t)r - d->pend_len;
			d->pend_len = 0;
		} else if (r == 0 && !final) {
			memcpy(d->pend, tmp, tl);
			d->pend_len = tl;
			return TK_OK; /* n < 3: all absorbed */
		} else {
			size_t bad = r == 0 ? tl : (size_t)-r;
			i = bad - d->pend_len;
			d->pend_len = 0;
			if ((rc = invalid(d, poff, out)) != TK_OK)
				goto done;
		}
	}

	tk_buf_reserve(out, n - i + 16);
	while (i < n) {
		size_t j = i + tk_utf8_valid_prefix(s + i, n - i);
		tk_buf_add(out, s + i, j - i);
		if (j >= n)
			break;
		int r = tk_utf8_check(s + j, n - j); /* <= 0 here */
		if (r == 0 && !final) {
			d->pend_len = n - j;
			memcpy(d->pend, s + j, d->pend_len);
			break;
		}
		size_t bad = r == 0 ? n - j : (size_t)-r;
		if ((rc = invalid(d, base + j, out)) != TK_OK)
			break;
		i = j + bad;
	}
done:
	fix_region(d, out, start);
	return rc;
}

static int iconv_emit(struct tk_decoder *d, const char *s, size_t n,
                      struct tk_buf *out, bool final)
{
	const char *src = s;
	size_t left = n;
	uint64_t src_off = d->raw_off; /* raw offset of s[0] */
	if (d->carry.len) {
		src_off -= d->carry.len;
		tk_buf_add(&d->carry, s, n);
		src = d->carry.data;
		left = d->carry.len;
	}
	const char *p = src;
	int rc = TK_OK;
	d->conv.len = 0;
	while (left > 0) {
		tk_buf_reserve(&d->conv, left * 4 + 64);
		char *op = d->conv.data + d->conv.len;
		size_t oleft = d->conv.cap - d->conv.len;
		size_t r = iconv(d->cd, (char **)&p, &left, &op, &oleft);
		int e = errno;
		d->conv.len = (size_t)(op - d->conv.data);
		if (r != (size_t)-1)
			break;
		if (e == E2BIG)
			continue;
		if (e == EINVAL && !final)
			break; /* incomplete character: keep for the next feed */
		/* EILSEQ, or EINVAL at end of file: one ill-formed unit. */
		uint64_t off = src_off + (uint64_t)(p - src);
		if ((rc = invalid(d, off, &d->conv)) != TK_OK)
			break;
		if (e == EINVAL) {
			left = 0;
			break;
		}
		size_t skip = left < d->unit ? left : d->unit;
		p += skip;
		left -= skip;
	}
	if (rc == TK_OK && final) {
		tk_buf_reserve(&d->conv, 64);
		char *op = d->conv.data + d->conv.len;
		size_t oleft = d->conv.cap - d->conv.len;
		iconv(d->cd, NULL, NULL, &op, &oleft);
		d->conv.len = (size_t)(op - d->conv.data);
	}
	/* Keep the unconverted tail (copy first: it may point into carry). */
	if (left && rc == TK_OK) {
		if (src == d->carry.data)
			memmove(d->carry.data, p, left);
		else {
			d->carry.len = 0;
			tk_buf_add(&d->carry, p, left);
		}
		d->carry.len = left;
	} else
		d->carry.len = 0;
	int rc2 = utf8_emit(d, d->conv.data, d->conv.len, 0, out, final);
	return rc != TK_OK ? rc : rc2;
}

static int emit(struct tk_decoder *d, const char *s, size_t n,
                struct tk_buf *out, bool final)
{
	int rc;
	if (d->cd == (iconv_t)-1)
		rc = utf8_emit(d, s, n, d->raw_off, out, final);
	else
		rc = iconv_emit(d, s, n, out, final);
	d->raw_off += n;
	return rc;
}

/* Auto mode: pick the encoding from a UTF-16/32 BOM in head[]. */
static void sniff(struct tk_decoder *d)
{
	const unsigned char *h = (const unsigned char *)d->head;
	size_t n = d->head_len;
	const char *enc = NULL;
	if (n >= 4 && h[0] == 0xFF && h[1] == 0xFE && h[2] == 0 && h[3] == 0)
		enc = "UTF-32LE";
	else if (n >= 4 && h[0] == 0 && h[1] == 0 && h[2] == 0xFE && h[3] == 0xFF)
		enc = "UTF-32BE";
	else if (n >= 2 && h[0] == 0xFF && h[1] == 0xFE)
		enc = "UTF-16LE";
	else if (n >= 2 && h[0] == 0xFE && h[1] == 0xFF)
		enc = "UTF-16BE";
	if (enc)
		set_encoding(d, enc);
	d->sniffing = false;
}

int tk_decoder_feed(struct tk_decoder *d, const char *in, size_t n,
                    struct tk_buf *out)
{
	if (d->sniffing) {
		while (n > 0 && d->head_len < 4) {
			d->head[d->head_len++] = *in++;
			n--;
		}
		if (d->head_len < 4)
			return TK_OK;
		sniff(d);
		int rc = emit(d, d->head, d->head_len, out, false);
		if (rc != TK_OK)
			return rc;
	}
	return emit(d, in, n, out, false);
}

int tk_decoder_finish(struct tk_decoder *d, struct tk_buf *out)
{
	if (d->sniffing) {
		sniff(d);
		return emit(d, d->head, d->head_len, out, true);
	}
	return emit(d, "", 0, out, true);
}
