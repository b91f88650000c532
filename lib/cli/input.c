/* input.c - read operands in blocks, decode, cut records (see input.h).
 *
 * Buffer invariant: dec.data[pos..dec.len) is decoded text not yet handed
 * out; it holds no complete record unless `eof` is set for the current
 * file or the pending text exceeds max_record.  Reads are 256 KiB: large
 * enough that syscall cost vanishes, small enough for L2 (measured on
 * the 43 MB corpus: 64 KiB..1 MiB within noise). */
#include "input.h"
#include "output.h"
#include "base/buf.h"
#include "text/decode.h"
#include "text/sniff.h"
#include "text/token.h"
#include "base/space.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

enum { READ_SIZE = 256 << 10 };

/* memrchr is not portable (macOS lacks it). */
static char *last_byte(char *s, char c, size_t n)
{
	while (n > 0)
		if (s[--n] == c)
			return s + n;
	return NULL;
}

struct tk_input {
	char **files;
	int nfiles, next_file;
	const char *name;       /* current file's display name */
	int fd;                 /* -1: no file open */
	bool active;            /* an operand is open or has text pending */
	bool eof;               /* current file fully decoded */
	bool file_start;
	char term;
	struct tk_decoder *dec;
	enum tk_invalid policy;
	char *raw;
	struct tk_buf text;
	size_t pos;
	size_t max_record;
	uint64_t base;          /* stream offset of text.data[0] */
	int status;
	bool aborted;
	bool sniff;             /* no --encoding: look at each file's start */
	bool sniffed;           /* ... done for the current file */
	const char *hint;       /* what the current file looks like, or NULL */
	struct tk_tokenizer *tok; /* tk_input_lookahead() */
};

static char *stdin_operand[] = { "-" };

struct tk_input *tk_input_open(char **files, int nfiles,
                               const struct tk_common *co)
{
	struct tk_input *in = xcalloc(1, sizeof *in);
	if (nfiles == 0) {
		files = stdin_operand;
		nfiles = 1;
	}
	in->files = files;
	in->nfiles = nfiles;
	in->fd = -1;
	in->term = co->nul ? '\0' : '\n';
	in->policy = co->invalid;
	in->sniff = !co->encoding;
	in->dec = tk_decoder_new(co->encoding, co->invalid);
	if (!in->dec)
		tk_usage_error("unknown encoding '%s'", co->encoding);
	in->raw = xmalloc(READ_SIZE);
	in->max_record = TK_RECORD_MAX;
	return in;
}

void tk_input_lookahead(struct tk_input *in, struct tk_tokenizer *t)
{
	in->tok = t;
}

void tk_input_set_max_record(struct tk_input *in, size_t max)
{
	in->max_record = max < 16 ? 16 : max;
}

const char *tk_input_file(const struct tk_input *in)
{
	return in->name ? in->name : "standard input";
}

bool tk_input_aborted(const struct tk_input *in)
{
	return in->aborted;
}

static void close_file(struct tk_input *in)
{
	if (in->fd > 0)
		close(in->fd);
	in->fd = -1;
}

/* Open the next operand; false when there is none. */
static bool open_next(struct tk_input *in)
{
	while (in->next_file < in->nfiles) {
		const char *op = in->files[in->next_file++];
		in->name = tk_file_name(op);
		if (strcmp(op, "-") == 0)
			in->fd = 0;
		else {
			in->fd = open(op, O_RDONLY);
			if (in->fd < 0) {
				tk_warn_errno(op, errno);
				in->status = 1;
				continue;
			}
		}
		tk_decoder_reset(in->dec);
		in->sniffed = false;
		in->hint = NULL;
		in->eof = false;
		in->file_start = true;
		return true;
	}
	return false;
}

/* "; if the file is in NAME, use --encoding=ENC", or "". */
static const char *hint_text(const char *hint, char *buf, size_t size)
{
	if (!hint)
		return "";
	snprintf(buf, size, "; if the text is in %s, use --encoding=%s",
	         strcmp(hint, "cp1252") == 0   ? "Windows-1252"
	         : strcmp(hint, "latin1") == 0 ? "Latin-1"
	                                       : hint,
	         hint);
	return buf;
}

void tk_input_warn_invalid(const char *name, const struct tk_decoder *dec,
                           enum tk_invalid policy, const char *hint)
{
	uint64_t n = tk_decoder_invalid_count(dec);
	if (n == 0)
		return;
	char buf[96];
	tk_warn_file(name, "%llu invalid %s sequence%s %s (first at byte %llu)%s",
	             (unsigned long long)n, tk_decoder_encoding(dec),
	             n == 1 ? "" : "s",
	             policy == TK_INVALID_DROP ? "dropped"
	                                       : "replaced with U+FFFD",
	             (unsigned long long)tk_decoder_first_invalid(dec),
	             hint_text(hint, buf, sizeof buf));
}

void tk_input_warn_failed(const char *name, const struct tk_decoder *dec,
                          const char *hint)
{
	char buf[96];
	tk_warn_file(name, "invalid %s input at byte %llu%s",
	             tk_decoder_encoding(dec),
	             (unsigned long long)tk_decoder_error_offset(dec),
	             hint_text(hint, buf, sizeof buf));
}

static void invalid_warning(struct tk_input *in)
{
	tk_input_warn_invalid(in->name, in->dec, in->policy, in->hint);
}

/* The first block of a file read as UTF-8 without a byte-order mark: say
 * at once when it looks like UTF-16/32 (valid UTF-8 with NULs, so no
 * other warning would come); keep a legacy 8-bit guess for the invalid
 * input warning. */
static void sniff(struct tk_input *in, const char *p, size_t n, bool valid)
{
	in->sniffed = true;
	if (!in->sniff || strcmp(tk_decoder_encoding(in->dec), "UTF-8") != 0)
		return;
	/* Decoded without an invalid sequence and without NUL, the sample
	 * gives no hint: not wide, and no byte for a legacy guess.  Skipping
	 * the sniff's pass over it saves a tenth of counting small files. */
	if (valid && !memchr(p, '\0', n))
		return;
	in->hint = tk_sniff_encoding(p, n < TK_SNIFF_SAMPLE ? n
	                                                    : TK_SNIFF_SAMPLE);
	if (in->hint && strncmp(in->hint, "utf-", 4) == 0)
		tk_warn_file(in->name, "looks like %s without a byte-order mark "
		             "(NUL bytes in a regular pattern); if it is, use "
		             "--encoding=%s", in->hint, in->hint);
}

static void fail_invalid(struct tk_input *in)
{
	tk_input_warn_failed(in->name, in->dec, in->hint);
	in->status = 1;
	in->aborted = true;
	in->eof = true;
	/* Hand out the complete records before the error, not the line it
	 * interrupted: no partial data is passed on as if it were whole. */
	char *t = last_byte(in->text.data + in->pos, in->term,
	                    in->text.len - in->pos);
	in->text.len = t ? (size_t)(t - in->text.data) + 1 : in->pos;
	close_file(in);
	in->next_file = in->nfiles;
}

/* Read and decode one block of the current file into text. */
static void fill(struct tk_input *in)
{
	if (in->pos > 0 && in->pos == in->text.len) {
		in->base += in->pos;
		in->text.len = in->pos = 0;
	} else if (in->pos > in->text.cap / 2) {
		in->base += in->pos;
		tk_buf_consume(&in->text, in->pos);
		in->pos = 0;
	}
	ssize_t r;
	do
		r = read(in->fd, in->raw, READ_SIZE);
	while (r < 0 && errno == EINTR);
	int rc;
	if (r > 0) {
		rc = tk_decoder_feed(in->dec, in->raw, (size_t)r, &in->text);
		if (!in->sniffed)
			sniff(in, in->raw, (size_t)r,
			      rc == TK_OK && tk_decoder_invalid_count(in->dec) == 0);
	} else {
		if (r < 0) {
			tk_warn_errno(in->name, errno);
			in->status = 1;
		}
		rc = tk_decoder_finish(in->dec, &in->text);
		if (rc == TK_OK)
			invalid_warning(in);
		in->eof = true;
		close_file(in);
	}
	if (rc == TK_EILSEQ)
		fail_invalid(in);
}

static int next(struct tk_input *in, struct tk_record *rec, bool block)
{
	size_t scanned = 0; /* bytes after pos known to hold no terminator */
	/* Line-buffered output (output.h): what the last record produced
	 * goes out now, and a block is one record. */
	bool first = !block;
	if (unlikely(tk_out_line_buffered)) {
		tk_out_flushbuf();
		first = true;
	}
	for (;;) {
		if (!in->active) {
			if (in->aborted || !open_next(in))
				return 0;
			in->active = true;
			scanned = 0;
		}
		char *s = in->text.data + in->pos;
		size_t avail = in->text.len - in->pos;
		/* A record holds at most max_record bytes plus its terminator. */
		size_t lim = avail <= in->max_record ? avail : in->max_record + 1;
		char *t = NULL;
		if (lim > scanned)
			t = first ? memchr(s + scanned, in->term, lim - scanned)
			          : last_byte(s + scanned, in->term, lim - scanned);
		size_t len, skip;
		bool more = false;
		if (t) {
			len = (size_t)(t - s) + (block ? 1 : 0);
			skip = (size_t)(t - s) + 1;
		} else if (avail > in->max_record) {
			len = skip = tk_utf8_boundary(s, in->max_record);
			more = true;
		} else if (in->eof) {
			if (avail == 0) {
				in->active = false;
				continue;
			}
			len = skip = avail; /* last line without a terminator */
		} else {
			scanned = avail;
			fill(in);
			continue;
		}
		/* A line whose tokens depend on the next (a lone "no.")
		 * learns whether a blank line or the operand's end follows,
		 * and waits for the next line if it is not read yet (only
		 * such a line: a line-by-line pipe is not held up).  The
		 * others may be told too, when it costs nothing. */
		bool para_end = false;
		if (in->tok && !block && !more && tk_token_may_be_lone(s, len)) {
			int b = skip >= avail ? (in->eof ? 1 : -1)
			      : tk_line_blank(s + skip, avail - skip, in->term,
			                      in->eof);
			if (tk_blank_beyond(b, avail - skip, in->max_record))
				b = 1;
			if (b < 0 && tk_tokenizer_needs_next(in->tok, s, len)) {
				scanned = 0;
				fill(in);
				continue;
			}
			para_end = b > 0;
		}
		rec->p = s;
		rec->len = len;
		rec->para_end = para_end;
		rec->offset = in->base + in->pos;
		rec->more = more;
		rec->file_start = in->file_start;
		in->file_start = false;
		in->pos += skip;
		return 1;
	}
}

int tk_input_next(struct tk_input *in, struct tk_record *rec)
{
	return next(in, rec, false);
}

int tk_input_next_block(struct tk_input *in, struct tk_record *rec)
{
	return next(in, rec, true);
}

int tk_line_next(struct tk_line_reader *l, struct tk_input *in, const char **p,
                  size_t *n)
{
	struct tk_record rec;
	if (!tk_input_next(in, &rec))
		return 0;
	if (rec.file_start)
		l->line = 0;
	l->file = tk_input_file(in);
	l->line++;
	l->nth++;
	*p = rec.p;
	*n = rec.len;
	if (rec.more) {
		tk_buf_clear(&l->join);
		tk_buf_add(&l->join, rec.p, rec.len);
		while (rec.more && tk_input_next(in, &rec))
			tk_buf_add(&l->join, rec.p, rec.len);
		*p = l->join.data;
		*n = l->join.len;
	}
	return 1;
}

void tk_line_reader_free(struct tk_line_reader *l)
{
	tk_buf_free(&l->join);
}

int tk_input_close(struct tk_input *in)
{
	close_file(in);
	int st = in->status;
	tk_decoder_free(in->dec);
	tk_buf_free(&in->text);
	free(in->raw);
	free(in);
	return st;
}
