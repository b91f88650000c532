/* report.c - sorted, filtered, formatted count tables (see report.h).
 *
 * Numbers go through lib/output's locale-free writers; keys are copied
 * raw (UNIQ) or escaped byte by byte (TSV by lib/cli/tsv, CSV, JSON)
 * with a fast path for runs that need no escaping. */
#include "report.h"
#include "base/buf.h"
#include "base/json.h"
#include "output.h"
#include "tsv.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *const tk_report_format_names[] = { "tsv", "csv", "json", "uniq",
                                               "jsonl", NULL };

struct tk_report {
	struct tk_report_opts o;
	uint64_t total;
	uint64_t rows;       /* rows written */
	uint64_t rank;       /* rank of the last row written */
	uint64_t last_count; /* count of the last row written */
	uint64_t seen;       /* rows offered that passed min_count */
	double cum;
	char term;
	size_t doclen;       /* strlen(o.doc) */
	bool doc_plain;      /* o.doc is written as it is (no quotes, escapes) */
};

int tk_entry_cmp(const struct tk_entry *a, const struct tk_entry *b)
{
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

static int cmp(const void *a, const void *b)
{
	return tk_entry_cmp(a, b);
}

void tk_report_sort(struct tk_entry *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp);
}

/* The length of the start of s[0..n) that CSV needs not quote. */
static size_t csv_plain_prefix(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] != ',' && s[i] != '"' && s[i] != '\r' &&
	       s[i] != '\n')
		i++;
	return i;
}

void tk_report_csv_field(const char *s, size_t n)
{
	if (csv_plain_prefix(s, n) == n) {
		tk_out_write(s, n);
		return;
	}
	tk_out_putc('"');
	size_t start = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"') {
			tk_out_write(s + start, i + 1 - start);
			tk_out_putc('"');
			start = i + 1;
		}
	tk_out_write(s + start, n - start);
	tk_out_putc('"');
}

void tk_report_json_string(const char *s, size_t n)
{
	static struct tk_buf esc; /* reused: the report is written by one thread */
	tk_buf_clear(&esc);
	tk_json_string(&esc, s, n);
	tk_out_write(esc.data, esc.len);
}

void tk_report_field(const struct tk_report_opts *o, const char *s,
                     size_t n)
{
	if (o->format == TK_REPORT_CSV)
		tk_report_csv_field(s, n);
	else
		tk_tsv_write_field(s, n);
}

void tk_report_header(const struct tk_report_opts *o,
                      const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			tk_out_putc(o->format == TK_REPORT_CSV ? ',' : '\t');
		const char *name = names[i] ? names[i]
		                 : o->key_name ? o->key_name : "key";
		tk_report_field(o, name, strlen(name));
	}
	tk_out_putc(o->nul ? '\0' : '\n');
}

/* Column names in the order they are written (NULL: the key). */
static void header(const struct tk_report *r)
{
	const struct tk_report_opts *o = &r->o;
	const char *names[7];
	size_t k = 0;
	if (o->doc)
		names[k++] = "doc";
	if (o->key_first)
		names[k++] = NULL;
	if (o->rank)
		names[k++] = "rank";
	names[k++] = "count";
	if (o->freq)
		names[k++] = "freq";
	if (o->per_million)
		names[k++] = "per_million";
	if (o->cumulative)
		names[k++] = "cumulative";
	if (!o->key_first)
		names[k++] = NULL;
	tk_report_header(o, names, k);
}

struct tk_report *tk_report_begin(const struct tk_report_opts *o,
                                  uint64_t total)
{
	struct tk_report *r = xcalloc(1, sizeof *r);
	r->o = *o;
	if (!r->o.key_name)
		r->o.key_name = "key";
	r->total = total;
	r->term = o->nul ? '\0' : '\n';
	if (o->doc) {
		/* the id starts every row: looked at once, not once a row */
		r->doclen = strlen(o->doc);
		r->doc_plain = o->format == TK_REPORT_CSV
		             ? csv_plain_prefix(o->doc, r->doclen) == r->doclen
		             : tk_tsv_plain_prefix(o->doc, r->doclen) == r->doclen;
	}
	if (o->format == TK_REPORT_JSON)
		tk_out_str("[\n");
	else if (o->header && o->format != TK_REPORT_UNIQ)
		header(r);
	return r;
}

static void uniq_row(const struct tk_report *r, const char *key, size_t len,
                     uint64_t count)
{
	char tmp[24];
	int i = sizeof tmp;
	uint64_t v = count;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (int pad = 7 - ((int)sizeof tmp - i); pad > 0; pad--)
		tk_out_putc(' ');
	tk_out_write(tmp + i, sizeof tmp - (size_t)i);
	tk_out_putc(' ');
	tk_out_write(key, len);
	tk_out_putc(r->term);
}

static void json_row(struct tk_report *r, const char *key, size_t len,
                     uint64_t count, double f)
{
	const struct tk_report_opts *o = &r->o;
	if (r->rows > 1 && o->format == TK_REPORT_JSON)
		tk_out_str(",\n");
	tk_out_putc('{');
	if (o->doc) {
		tk_out_str("\"doc\":");
		tk_report_json_string(o->doc, r->doclen);
		tk_out_putc(',');
	}
	tk_report_json_string(o->key_name, strlen(o->key_name));
	tk_out_putc(':');
	tk_report_json_string(key, len);
	if (o->rank) {
		tk_out_str(",\"rank\":");
		tk_out_u64(r->rank);
	}
	tk_out_str(",\"count\":");
	tk_out_u64(count);
	if (o->freq) {
		tk_out_str(",\"freq\":");
		tk_out_double(f, 6);
	}
	if (o->per_million) {
		tk_out_str(",\"per_million\":");
		tk_out_fixed(f * 1e6, 2);
	}
	if (o->cumulative) {
		tk_out_str(",\"cumulative\":");
		tk_out_double(r->cum, 6);
	}
	tk_out_putc('}');
	if (o->format == TK_REPORT_JSONL)
		tk_out_putc('\n');
}

/* A key in a TSV or CSV row; plain: it holds no byte TSV escapes. */
static inline void key_field(const struct tk_report *r, const char *key,
                             size_t len, bool plain)
{
	if (plain && r->o.format == TK_REPORT_TSV)
		tk_out_write(key, len); /* what tk_tsv_write_field() would */
	else
		tk_report_field(&r->o, key, len);
}

static inline TK_ALWAYS_INLINE bool
row(struct tk_report *r, const char *key, size_t len,
    uint64_t count, bool plain)
{
	const struct tk_report_opts *o = &r->o;
	if (o->top && r->rows >= o->top)
		return false;
	if (count < o->min_count)
		return true;
	r->seen++;
	if (r->rows == 0 || count != r->last_count)
		r->rank = r->seen;
	r->last_count = count;
	r->rows++;
	double f = 0.0; /* a division a row only for the columns that use it */
	if ((o->freq || o->per_million || o->cumulative) && r->total)
		f = (double)count / (double)r->total;
	r->cum += f;
	if (o->format == TK_REPORT_UNIQ) {
		uniq_row(r, key, len, count);
	} else if (o->format == TK_REPORT_JSON || o->format == TK_REPORT_JSONL) {
		json_row(r, key, len, count, f);
	} else {
		char sep = o->format == TK_REPORT_CSV ? ',' : '\t';
		if (o->doc) {
			if (r->doc_plain) /* what tk_report_field() would write */
				tk_out_write(o->doc, r->doclen);
			else
				tk_report_field(&r->o, o->doc, r->doclen);
			tk_out_putc(sep);
		}
		if (o->key_first) {
			key_field(r, key, len, plain);
			tk_out_putc(sep);
		}
		if (o->rank) {
			tk_out_u64(r->rank);
			tk_out_putc(sep);
		}
		tk_out_u64(count);
		if (o->freq) {
			tk_out_putc(sep);
			tk_out_double(f, 6);
		}
		if (o->per_million) {
			tk_out_putc(sep);
			tk_out_fixed(f * 1e6, 2);
		}
		if (o->cumulative) {
			tk_out_putc(sep);
			tk_out_double(r->cum, 6);
		}
		if (!o->key_first) {
			tk_out_putc(sep);
			key_field(r, key, len, plain);
		}
		tk_out_putc(r->term);
	}
	return !(o->top && r->rows >= o->top);
}

bool tk_report_row(struct tk_report *r, const char *key, size_t len,
                   uint64_t count)
{
	return row(r, key, len, count, false);
}

bool tk_report_row_plain(struct tk_report *r, const char *key, size_t len,
                         uint64_t count)
{
	return row(r, key, len, count, true);
}

void tk_report_end(struct tk_report *r, uint64_t tokens, uint64_t types)
{
	const struct tk_report_opts *o = &r->o;
	if (o->format == TK_REPORT_JSON) {
		if (o->total_line) {
			if (r->rows)
				tk_out_str(",\n");
			tk_out_str("{\"#total\":");
			tk_out_u64(tokens);
			tk_out_str(",\"types\":");
			tk_out_u64(types);
			tk_out_putc('}');
			r->rows++;
		}
		tk_out_str(r->rows ? "\n]\n" : "]\n");
	} else if (o->format == TK_REPORT_JSONL) {
		if (o->total_line) {
			tk_out_str("{\"#total\":");
			tk_out_u64(tokens);
			tk_out_str(",\"types\":");
			tk_out_u64(types);
			tk_out_str("}\n");
		}
	} else if (o->total_line) {
		char sep = o->format == TK_REPORT_CSV ? ','
		         : o->format == TK_REPORT_UNIQ ? ' ' : '\t';
		tk_out_str("#total");
		tk_out_putc(sep);
		tk_out_u64(tokens);
		tk_out_putc(sep);
		tk_out_u64(types);
		tk_out_putc(r->term);
	}
	free(r);
}

void tk_report_counter(const struct tk_report_opts *o,
                       const struct tk_counter *c)
{
	size_t n = tk_counter_size(c);
	uint64_t total = tk_counter_total(c, NULL);
	struct tk_entry *v = tk_counter_entries(c);
	/* Filter before sorting: --min-count often drops most keys. */
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].count >= o->min_count)
			v[k++] = v[i];
	tk_report_sort(v, k);
	struct tk_report *r = tk_report_begin(o, total);
	for (size_t i = 0; i < k; i++)
		if (!tk_report_row(r, v[i].key, v[i].len, v[i].count))
			break;
	tk_report_end(r, total, n);
	free(v);
}

/* The units of key (joined by spaces) joined by sep instead, into b. */
static void join_units(struct tk_buf *b, const char *key, size_t len,
                       const char *sep)
{
	tk_buf_clear(b);
	const char *k = key, *end = key + len;
	for (const char *sp; (sp = memchr(k, ' ', (size_t)(end - k))); k = sp + 1) {
		tk_buf_add(b, k, (size_t)(sp - k));
		tk_buf_adds(b, sep);
	}
	tk_buf_add(b, k, (size_t)(end - k));
}

void tk_report_scores(const struct tk_scored *v, size_t n, uint64_t top,
                      const char *sep, char term,
                      enum tk_report_format format)
{
	struct tk_buf b = TK_BUF_INIT;
	bool as_is = strcmp(sep, " ") == 0; /* the keys' own separator */
	for (size_t i = 0; i < n && (!top || i < top); i++) {
		const char *key = v[i].key;
		size_t len = v[i].len;
		if (!as_is) {
			join_units(&b, key, len, sep);
			key = b.data, len = b.len;
		}
		if (format == TK_REPORT_JSONL) {
			tk_out_str("{\"ngram\":");
			tk_report_json_string(key, len);
			tk_out_str(",\"score\":");
			tk_out_fixed(v[i].score, 4);
			tk_out_str(",\"count\":");
			tk_out_u64(v[i].count);
			tk_out_str("}\n");
			continue;
		}
		tk_out_fixed(v[i].score, 4);
		tk_out_putc('\t');
		tk_out_u64(v[i].count);
		tk_out_putc('\t');
		tk_tsv_write_field(key, len);
		tk_out_putc(term);
	}
	tk_buf_free(&b);
}
