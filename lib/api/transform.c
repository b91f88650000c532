/* transform.c - textkit_decode and textkit_normalize: a whole buffer
 * through lib/text's decoder, case mapping and normalization. */
#include "api.h"
#include "text/casemap.h"
#include "text/decode.h"
#include "text/norm.h"

int textkit_decode(const char *encoding, enum textkit_invalid policy,
                   const char *in, size_t n, char **out, size_t *outlen,
                   uint64_t *error_offset)
{
	static const enum tk_invalid policies[] = {
		[TEXTKIT_INVALID_REPLACE] = TK_INVALID_REPLACE,
		[TEXTKIT_INVALID_DROP] = TK_INVALID_DROP,
		[TEXTKIT_INVALID_FAIL] = TK_INVALID_FAIL,
	};
	*out = NULL;
	*outlen = 0;
	if ((unsigned)policy >= TK_LEN(policies))
		return TEXTKIT_EINVAL;
	/* iconv takes "" as the locale's charset: output must not depend
	 * on the locale. */
	if (encoding && !*encoding)
		return TEXTKIT_ENOENC;
	struct tk_decoder *d = tk_decoder_new(encoding, policies[policy]);
	if (!d)
		return TEXTKIT_ENOENC;
	struct tk_buf b = TK_BUF_INIT;
	int rc = tk_decoder_feed(d, in, n, &b);
	if (rc == TK_OK)
		rc = tk_decoder_finish(d, &b);
	if (rc == TK_EILSEQ && error_offset)
		*error_offset = tk_decoder_error_offset(d);
	tk_decoder_free(d);
	if (rc != TK_OK) {
		tk_buf_free(&b);
		return rc;
	}
	tk_api_give(&b, out, outlen);
	return TEXTKIT_OK;
}

int textkit_normalize(const char *s, size_t n, enum textkit_form form,
                      enum textkit_case cs, char **out, size_t *outlen)
{
	static const enum tk_form forms[] = {
		[TEXTKIT_NFC] = TK_FORM_NFC, [TEXTKIT_NFD] = TK_FORM_NFD,
		[TEXTKIT_NFKC] = TK_FORM_NFKC, [TEXTKIT_NFKD] = TK_FORM_NFKD,
	};
	static const enum tk_case cases[] = {
		[TEXTKIT_CASE_KEEP] = TK_CASE_NONE,
		[TEXTKIT_CASE_LOWER] = TK_CASE_LOWER,
		[TEXTKIT_CASE_UPPER] = TK_CASE_UPPER,
		[TEXTKIT_CASE_FOLD] = TK_CASE_FOLD,
	};
	*out = NULL;
	*outlen = 0;
	if ((unsigned)form >= TK_LEN(forms) || (unsigned)cs >= TK_LEN(cases))
		return TEXTKIT_EINVAL;
	if (!tk_api_valid(s, n))
		return TEXTKIT_EILSEQ;
	struct tk_buf mapped = TK_BUF_INIT, b = TK_BUF_INIT;
	if (cases[cs] != TK_CASE_NONE) {
		tk_casemap(cases[cs], NULL, s, n, &mapped);
		s = mapped.data;
		n = mapped.len;
	}
	tk_norm(forms[form], s, n, &b);
	tk_buf_free(&mapped);
	tk_api_give(&b, out, outlen);
	return TEXTKIT_OK;
}
