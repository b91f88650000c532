/* tfidf.c - tf and idf schemes (definitions in tfidf.h). */
#include "tfidf.h"

#include <math.h>

const char *const tk_tf_names[TK_TF_N + 1] = {
	"count", "log", "bool", "prop", NULL
};
const char *const tk_idf_names[TK_IDF_N + 1] = {
	"smooth", "plain", "inverse", "none", NULL
};

double tk_tf(enum tk_tf scheme, uint64_t count, uint64_t tokens)
{
	if (!count)
		return 0.0;
	switch (scheme) {
	case TK_TF_COUNT: return (double)count;
	case TK_TF_LOG: return 1.0 + log((double)count);
	case TK_TF_BOOL: return 1.0;
	case TK_TF_PROP: return tokens ? (double)count / (double)tokens : NAN;
	case TK_TF_N: break;
	}
	return NAN;
}

double tk_idf(enum tk_idf scheme, uint64_t df, uint64_t ndocs)
{
	if (!df || df > ndocs)
		return NAN;
	double n = (double)ndocs, d = (double)df;
	switch (scheme) {
	case TK_IDF_SMOOTH: return log((1.0 + n) / (1.0 + d)) + 1.0;
	case TK_IDF_PLAIN: return log(n / d) + 1.0;
	case TK_IDF_INVERSE: return log10(n / d);
	case TK_IDF_NONE: return 1.0;
	case TK_IDF_N: break;
	}
	return NAN;
}
