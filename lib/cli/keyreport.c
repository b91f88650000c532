/* keyreport.c - the keyness report (see keyreport.h).  Both tables are
 * in memory; the rows are built from the target's keys and then from the
 * reference keys the target lacks, scored, filtered and sorted once. */
#include "keyreport.h"
#include "output.h"
#include "base/xalloc.h"
#include "count/keyness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const tk_keyness_sort_names[] = {
	"g2", "log-ratio", "pct-diff", "chi2", NULL
};

struct row {
	const char *key;
	size_t len;
	uint64_t a, b;
	struct tk_keyness k;
	double by; /* the sort statistic, as a magnitude */
};

struct rows {
	struct row *v;
	size_t n, cap;
	const struct tk_counter *other;
	uint64_t min_count;
	tk_keep_fn keep;
	void *ctx;
};

static void add(struct rows *rs, const char *key, size_t len, uint64_t a,
                uint64_t b)
{
	if ((a + b < a ? UINT64_MAX : a + b) < rs->min_count)
		return;
	if (rs->keep && !rs->keep(rs->ctx, key, len))
		return;
	if (rs->n == rs->cap) {
		rs->cap = xgrow(rs->cap, rs->n + 1, 256);
		rs->v = xnrealloc(rs->v, rs->cap, sizeof *rs->v);
	}
	rs->v[rs->n++] = (struct row){ .key = key, .len = len, .a = a, .b = b };
}

static void from_target(void *ctx, const struct tk_entry *e)
{
	struct rows *rs = ctx;
	add(rs, e->key, e->len, e->count,
	    tk_counter_get(rs->other, e->key, e->len));
}

static void from_reference(void *ctx, const struct tk_entry *e)
{
	struct rows *rs = ctx;
	if (!tk_counter_get(rs->other, e->key, e->len))
		add(rs, e->key, e->len, 0, e->count);
}

static int row_cmp(const void *x, const void *y)
{
	const struct row *a = x, *b = y;
	int da = a->k.sign > 0 ? 0 : 1, db = b->k.sign > 0 ? 0 : 1;
	if (da != db)
		return da - db;
	if (a->by != b->by)
		return a->by > b->by ? -1 : 1;
	return tk_key_cmp(a->key, a->len, b->key, b->len);
}

static double sort_value(enum tk_keyness_sort s, const struct tk_keyness *k)
{
	double v = s == TK_KEYSORT_LOG_RATIO ? fabs(k->log_ratio)
	         : s == TK_KEYSORT_PCT_DIFF  ? fabs(k->pct_diff)
	         : s == TK_KEYSORT_CHI2      ? k->chi2
	                                     : k->g2;
	return isnan(v) ? -INFINITY : v;
}

static const char *const names[] = {
	"target", "reference", "g2", "p", "log_ratio", "pct_diff", "chi2"
};

static void stat(double v, bool json)
{
	if (isfinite(v))
		tk_out_double(v, 6);
	else
		tk_out_str(json ? "null" : "nan");
}

static void header(const struct tk_report_opts *rep)
{
	const char *cols[TK_LEN(names) + 1];
	size_t k = 0;
	if (rep->key_first)
		cols[k++] = NULL;
	for (size_t i = 0; i < TK_LEN(names); i++)
		cols[k++] = names[i];
	if (!rep->key_first)
		cols[k++] = NULL;
	tk_report_header(rep, cols, k);
}

static void put_row(const struct tk_report_opts *rep, const struct row *r,
                    char term, bool first)
{
	double v[] = { r->k.sign < 0 ? -r->k.g2 : r->k.g2, r->k.p,
	               r->k.log_ratio, r->k.pct_diff, r->k.chi2 };
	if (rep->format == TK_REPORT_JSON || rep->format == TK_REPORT_JSONL) {
		const char *key = rep->key_name ? rep->key_name : "key";
		tk_out_str(first || rep->format == TK_REPORT_JSONL ? "{" : ",\n{");
		tk_report_json_string(key, strlen(key));
		tk_out_putc(':');
		tk_report_json_string(r->key, r->len);
		tk_out_str(",\"target\":");
		tk_out_u64(r->a);
		tk_out_str(",\"reference\":");
		tk_out_u64(r->b);
		for (size_t i = 0; i < TK_LEN(v); i++) {
			tk_out_str(",\"");
			tk_out_str(names[2 + i]);
			tk_out_str("\":");
			stat(v[i], true);
		}
		tk_out_str(rep->format == TK_REPORT_JSONL ? "}\n" : "}");
		return;
	}
	char sep = rep->format == TK_REPORT_CSV ? ',' : '\t';
	if (rep->key_first) {
		tk_report_field(rep, r->key, r->len);
		tk_out_putc(sep);
	}
	tk_out_u64(r->a);
	tk_out_putc(sep);
	tk_out_u64(r->b);
	for (size_t i = 0; i < TK_LEN(v); i++) {
		tk_out_putc(sep);
		stat(v[i], false);
	}
	if (!rep->key_first) {
		tk_out_putc(sep);
		tk_report_field(rep, r->key, r->len);
	}
	tk_out_putc(term);
}

/* Score, filter, sort and write rs. */
static void write_rows(const struct tk_keyness_opts *k,
                       const struct tk_report_opts *rep, struct rows *rs,
                       uint64_t c, uint64_t d)
{
	double alpha = k->alpha > 0 ? k->alpha : 0.05;
	if (k->bonferroni && rs->n)
		alpha /= (double)rs->n;
	bool pos = k->positive || !k->negative, neg = k->negative || !k->positive;
	size_t kept = 0;
	for (size_t i = 0; i < rs->n; i++) {
		struct row r = rs->v[i];
		tk_keyness(r.a, c, r.b, d, k->yates, &r.k);
		if (!(r.k.sign > 0 ? pos : r.k.sign < 0 ? neg : false))
			continue;
		if (alpha < 1 && !(r.k.p < alpha))
			continue;
		r.by = sort_value(k->sort, &r.k);
		rs->v[kept++] = r;
	}
	if (kept > 1)
		qsort(rs->v, kept, sizeof *rs->v, row_cmp);
	char term = rep->nul ? '\0' : '\n';
	if (rep->format == TK_REPORT_JSON)
		tk_out_str("[\n");
	else if (rep->header)
		header(rep);
	uint64_t shown[2] = { 0, 0 };
	bool first = true;
	for (size_t i = 0; i < kept; i++) {
		int dir = rs->v[i].k.sign > 0 ? 0 : 1;
		if (rep->top && shown[dir] == rep->top)
			continue;
		shown[dir]++;
		put_row(rep, &rs->v[i], term, first);
		first = false;
	}
	if (rep->format == TK_REPORT_JSON)
		tk_out_str(first ? "]\n" : "\n]\n");
}

int tk_keyreport(const struct tk_keyness_opts *k,
                 const struct tk_report_opts *rep,
                 const struct tk_counter *target,
                 const struct tk_counter *ref, uint64_t rsum,
                 tk_keep_fn keep, void *ctx)
{
	int status = 0;
	bool over = false;
	uint64_t tsum = tk_counter_total(target, &over);
	uint64_t c = k->target_size ? k->target_size : tsum;
	uint64_t d = k->reference_size ? k->reference_size : rsum;
	if (status)
		;
	else if (over) {
		tk_warn("the target's total does not fit in 64 bits");
		status = 1;
	} else if (c < tsum || d < rsum) {
		tk_warn("--%s-size is smaller than the sum of its table",
		        c < tsum ? "target" : "reference");
		status = 1;
	} else if (!c || !d) {
		tk_warn("%s is empty: nothing to compare",
		        !c ? "the target" : "the reference table");
		status = 1;
	} else {
		struct rows rs = { .other = ref, .keep = keep, .ctx = ctx,
		                   .min_count = rep->min_count };
		tk_counter_each(target, from_target, &rs);
		rs.other = target;
		tk_counter_each(ref, from_reference, &rs);
		write_rows(k, rep, &rs, c, d);
		free(rs.v);
	}
	return status;
}
