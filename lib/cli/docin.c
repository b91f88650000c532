/* docin.c - the input as documents (see docin.h). */
#include "docin.h"
#include "text/jsonfield.h"
#include "base/space.h"
#include "base/xalloc.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Invalid lines warned about one by one under --invalid=drop. */
enum { DROP_SHOWN = 10 };

struct tk_docin {
	struct tk_input *in;
	struct tk_line_reader lines;
	const char *names[2];      /* the text and id members */
	struct tk_buf val[2];      /* their values */
	enum tk_json_kind kind[2];
	char num[24];              /* a line number as an id */
	bool drop, failed;
	uint64_t dropped;
};

struct tk_docin *tk_docin_new(struct tk_input *in,
                              const struct tk_docin_opts *o,
                              enum tk_invalid policy)
{
	struct tk_docin *r = xcalloc(1, sizeof *r);
	r->in = in;
	r->names[0] = o->text;
	r->names[1] = o->id ? o->id : "id";
	r->drop = policy == TK_INVALID_DROP;
	return r;
}

/* A line that is no valid document: warn; false when it ends the input. */
static bool invalid(struct tk_docin *r, const char *fmt, ...) TK_PRINTF(2, 3);
static bool invalid(struct tk_docin *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	struct tk_buf why = TK_BUF_INIT;
	tk_buf_reserve(&why, k > 0 ? (size_t)k + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(why.data, why.cap, fmt, ap);
	va_end(ap);
	bool go_on = r->drop;
	if (!go_on) {
		tk_warn("%s:%" PRIu64 ": %s (--invalid=drop skips such lines)",
		        r->lines.file, r->lines.line, why.data);
		r->failed = true;
	} else if (++r->dropped <= DROP_SHOWN)
		tk_warn("%s:%" PRIu64 ": %s (dropped)", r->lines.file,
		        r->lines.line, why.data);
	tk_buf_free(&why);
	return go_on;
}

static bool blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return false;
	return true;
}

/* The JSON Lines line p[0..n) as *d: 1, 0 (not a document: go on), or
 * -1 (invalid: the input ends). */
static int json_doc(struct tk_docin *r, const char *p, size_t n,
                    struct tk_doc *d)
{
	size_t at;
	if (blank(p, n))
		return 0;
	if (tk_json_fields(p, n, r->names, 2, r->val, r->kind, &at) != TK_OK)
		return invalid(r, "not a JSON object (at byte %zu)", at)
		       ? 0 : -1;
	if (r->kind[0] != TK_JSON_STRING)
		return invalid(r, r->kind[0] ? "member \"%s\" is not a string"
		                             : "no member \"%s\"", r->names[0])
		       ? 0 : -1;
	d->text = tk_buf_cstr(&r->val[0]);
	d->len = r->val[0].len;
	if (r->kind[1] == TK_JSON_ABSENT || r->kind[1] == TK_JSON_NULL ||
	    (r->kind[1] == TK_JSON_STRING && r->val[1].len == 0))
		return 2; /* the line number */
	if (r->kind[1] != TK_JSON_STRING && r->kind[1] != TK_JSON_NUMBER)
		return invalid(r, "member \"%s\" is not a string or a number",
		               r->names[1]) ? 0 : -1;
	const char *id = tk_buf_cstr(&r->val[1]);
	if (strlen(id) != r->val[1].len || strpbrk(id, "\t\r\n"))
		return invalid(r, "the id in \"%s\" holds a tab, a line break "
		               "or NUL", r->names[1]) ? 0 : -1;
	d->id = id;
	return 1;
}

int tk_docin_next(struct tk_docin *r, struct tk_doc *d)
{
	const char *p;
	size_t n;
	while (!r->failed && tk_line_next(&r->lines, r->in, &p, &n)) {
		int rc = 2;
		if (r->names[0])
			rc = json_doc(r, p, n, d);
		else if (n == 0)
			rc = 0;
		else {
			d->text = p;
			d->len = n;
		}
		if (rc < 0)
			break;
		if (rc == 0)
			continue;
		if (rc == 2) {
			snprintf(r->num, sizeof r->num, "%" PRIu64, r->lines.nth);
			d->id = r->num;
		}
		return 1;
	}
	return 0;
}

/* The end of the line that starts at p (before end): its LF or CR. */
static const char *line_end(const char *p, const char *end, bool cr)
{
	const char *e = cr ? p : memchr(p, '\n', (size_t)(end - p));
	if (!e)
		return end;
	while (cr && e < end && *e != '\n' && *e != '\r')
		e++;
	return e;
}

/* The start of the line after the one that ends at e. */
static const char *next_line(const char *e, const char *end)
{
	if (e < end && *e == '\r' && e + 1 < end && e[1] == '\n')
		e++;
	return e + 1;
}

void tk_docin_lines(const struct tk_docin *r, const struct tk_doc *d,
                    tk_line_fn line, void *ctx)
{
	if (!r->names[0]) {
		line(ctx, d->text, d->len, true);
		return;
	}
	const char *p = d->text, *end = d->text + d->len;
	bool cr = memchr(p, '\r', d->len) != NULL; /* else memchr finds ends */
	const char *e = p < end ? line_end(p, end, cr) : end;
	while (p < end) {
		const char *q = next_line(e, end);
		const char *f = q < end ? line_end(q, end, cr) : end;
		line(ctx, p, (size_t)(e - p),
		     q >= end || tk_line_blank(q, (size_t)(f - q), '\n', true));
		p = q;
		e = f;
	}
}

bool tk_docin_failed(const struct tk_docin *r)
{
	return r->failed;
}

void tk_docin_free(struct tk_docin *r)
{
	if (!r)
		return;
	if (r->dropped)
		tk_warn("%" PRIu64 " invalid JSON line%s dropped",
		        r->dropped, r->dropped == 1 ? "" : "s");
	tk_line_reader_free(&r->lines);
	tk_buf_free(&r->val[0]);
	tk_buf_free(&r->val[1]);
	free(r);
}
