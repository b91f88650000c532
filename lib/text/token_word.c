/* token_word.c - the rules that extend a word or number segment into a
 * token (T9-T13 of tokenize.1), and --split-contractions. */
#include "token_chunk.h"
#include "token_special.h"

/* French and Italian elided words (l'homme, qu'il, dell'anno), which
 * --split-contractions cuts after the apostrophe. */
bool tk_token_is_elision(const char *s, size_t n)
{
	static const char *const el[] = { "l", "d", "j", "m", "n", "s", "t",
		"c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
		"dell", "nell", "all", "dall", "sull", "quell", "un", NULL };
	for (const char *const *e = el; *e; e++)
		if (eq_nocase(s, n, *e))
			return true;
	return false;
}

/* End of a file name extension that starts at s[k] (after the period)
 * in the chunk that ends at b: 2-4 ASCII letters and digits, a letter
 * first, in one case, ending the token (no word character after it);
 * 0 if there is none. */
static size_t extension_end(const char *s, size_t k, size_t b)
{
	size_t e = k;
	while (e < b && e - k < 5 &&
	       (ctab[(unsigned char)s[e]] & (C_ALPHA | C_DIGIT)) &&
	       !(ctab[(unsigned char)s[e]] & C_NONASCII))
		e++;
	if (e - k < 2 || e - k > 4 || !(ctab[(unsigned char)s[k]] & C_ALPHA) ||
	    (e < b && (cls_at(s, e, b) & C_WORD)))
		return 0;
	/* one case: all letters capitals, or none */
	bool caps = true, lower = true;
	for (size_t q = k; q < e; q++) {
		unsigned cl = ctab[(unsigned char)s[q]];
		if (cl & C_ALPHA) {
			caps &= (cl & C_UPPER) != 0;
			lower &= !(cl & C_UPPER);
		}
	}
	return caps || lower ? e : 0;
}

bool tk_token_period_ctx(const struct tk_tokenizer *t, const char *s,
                         size_t n, size_t tok, size_t w, size_t p, size_t b,
                         int kp)
{
	size_t q = p, l;
	/* a part of a spaced abbreviation written whole: z. B., т. е.; not
	 * when a word or a hyphen goes on after the period (z.-o.: alone,
	 * such a token would not keep it) */
	if (t->spaced && (p >= b || (!hyphen_at(s, p, b) &&
	                             !(cls_at(s, p, b) & C_WORD))) &&
	    tk_abbrev_spaced(t->abbrev, s, n, w, p - 1))
		return true;
	if (q == b) {
		q += tk_space_run(s + q, n - q);
		if (q == n) {
			/* the end of the line: alone on it? */
			if (t->seen)
				return false;
			/* alone: no token before it on the line (so that a
			 * line of tokenize's output read back, one token or
			 * all of them, decides as the line did), that is,
			 * nothing but white space before its token */
			for (size_t k = 0; k < tok; k += l)
				if ((l = tk_space_len(s + k, tok - k, 0)) == 0)
					return false;
			/* and the text goes on after it (a blank line or
			 * the end: a sentence's end, "or\nno.\n\n"), or it
			 * is the last part of a spaced abbreviation
			 * ("z.\nB.\n", read back) */
			return !t->para_end ||
			       (t->spaced &&
			        tk_abbrev_last_part(t->abbrev, s + w, p - w));
		}
	}
	if (kp == KP_PART)
		return false;
	/* what sentence-split reads as going on: , ; : - and . ! ? */
	char z = s[q];
	if (z == ',' || z == ';' || z == ':' || z == '-' || z == '.' ||
	    z == '!' || z == '?')
		return true;
	int cl;
	unsigned k = cclass(s, q, &cl);
	if (k & (C_DIGIT | C_NUM))
		return true;
	if ((k & C_ALPHA) && !(k & C_UPPER))
		return true;
	if (!(k & C_UPPER) || kp == KP_NUM)
		return false;
	/* a capitalised word: an initial (one letter and a period), or a
	 * word that is no sentence starter */
	size_t e = q + (size_t)cl;
	if (e < n && s[e] == '.')
		return true;
	while (e < n && (cls_at(s, e, n) & (C_ALPHA | C_MARK)))
		e += (size_t)tk_utf8_seqlen((unsigned char)s[e]);
	return !tk_abbrev_is_starter(t->abbrev, s + q, e - q);
}

size_t tk_token_extend_word(struct chunk *c, size_t i, size_t j)
{
	const char *s = c->s;
	size_t b = c->b;
	const struct tk_tokenizer_opts *o = &c->t->o;
	unsigned first = cls_at(s, i, b);

	for (;;) {
		/* T9 numbers: 10:30, 08/16/2000 */
		if ((first & C_DIGIT) && j + 1 < b && (s[j] == ':' || s[j] == '/') &&
		    (ctab[(unsigned char)s[j - 1]] & C_DIGIT) &&
		    (ctab[(unsigned char)s[j + 1]] & C_DIGIT)) {
			j = seg_end(c, j + 1);
			continue;
		}
		/* T9 file names: 1811.jpg 2020.PNG */
		if ((first & C_DIGIT) && j + 2 < b && s[j] == '.' &&
		    (ctab[(unsigned char)s[j - 1]] & C_DIGIT)) {
			size_t e = extension_end(s, j + 1, b);
			if (e) {
				j = e;
				continue;
			}
		}
		/* T11 & between capital letters: AT&T, S&P */
		if (j + 1 < b && s[j] == '&' &&
		    (ctab[(unsigned char)s[j - 1]] & C_UPPER) &&
		    (ctab[(unsigned char)s[j + 1]] & C_UPPER)) {
			j = seg_end(c, j + 1);
			continue;
		}
		/* T10 abbreviation period: U.S. Dr. J. (not before another period) */
		if (j < b && s[j] == '.' && (j + 1 == b || s[j + 1] != '.')) {
			size_t p0 = j;
			while (p0 > i && !hyphen_at(s, p0 - 1, b) &&
			       s[p0 - 1] != '\'' && s[p0 - 1] != '/')
				p0--;
			/* one letter after an apostrophe is a clitic, not an
			 * initial: HE'D. (else split contractions would cut
			 * HE'D but not HE'D.) */
			bool clitic = p0 > i && s[p0 - 1] == '\'' && j - p0 == 1;
			if (!clitic && period_kept(c->t, s, c->n, i, p0, j, b,
			                keeps_period(c->t, s + p0, j - p0))) {
				j++; /* and on: U.S.-based */
				/* and the next groups of a Thai one: พ.ศ. */
				if (tk_abbrev_thai(s + p0, j - 1 - p0))
					for (size_t tp; (tp = tk_abbrev_thai_part(
					         s + j, b - j)) != 0;)
						j += tp;
				continue;
			}
		}
		/* T11 hyphenated compounds: 45-year-old, e-mail */
		if (!o->split_hyphens) {
			size_t h = hyphen_at(s, j, b);
			if (h && j + h < b &&
			    (cls_at(s, j + h, b) & (C_ALPHA | C_DIGIT | C_MARK))) {
				j = seg_end(c, j + h);
				continue;
			}
			/* a trailing hyphen before white space: "pre- and post-war" */
			if (h && j + h == b &&
			    (cls_before(s, j) & (C_ALPHA | C_MARK)) &&
			    !(first & C_DIGIT))
				j += h;
		}
		break;
	}
	/* T12 1990's, 12's */
	if (first & C_DIGIT) {
		size_t al = apos_at(s, j, b);
		if (al && j + al < b && (s[j + al] == 's' || s[j + al] == 'S') &&
		    !(cls_at(s, j + al + 1, b) & C_WORD))
			j += al + 1;
	}
	/* T13 possessive plural: parents' (not a closing quote) */
	size_t al = apos_at(s, j, b);
	if (al && !c->t->squote_open && (s[j - 1] == 's' || s[j - 1] == 'S') &&
	    !(cls_at(s, j + al, b) & C_WORD))
		j += al;
	/* elision read back from PTB output: l' d' qu' */
	if (o->split_contractions && al && j + al == b && tk_token_is_elision(s + i, j - i))
		j += al;
	return j;
}


int tk_token_split_word(struct chunk *c, size_t i, size_t j,
                      enum tk_token_type type)
{
	const char *s = c->s;
	size_t q, al = 0;
	/* find the last apostrophe */
	for (q = j; q > i; q--) {
		if ((al = apos_at(s, q - 1, j)) != 0) {
			q--;
			break;
		}
		if (q - i >= 3 && (al = apos_at(s, q - 3, j)) == 3) {
			q -= 3;
			break;
		}
	}
	if (!al)
		return emit(c, i, j, type);
	size_t cut = 0;
	const char *suf = s + q + al;
	size_t sufn = j - q - al;
	/* n't: do|n't, ca|n't */
	if (sufn == 1 && (suf[0] == 't' || suf[0] == 'T') && q > i &&
	    (s[q - 1] == 'n' || s[q - 1] == 'N')) {
		if (q - 1 == i)
			return emit(c, i, j, type); /* n't alone */
		if (cls_before(s, q - 1) & C_ALPHA)
			cut = q - 1;
	}
	else if (q > i && (eq_nocase(suf, sufn, "s") || eq_nocase(suf, sufn, "m") ||
	                   eq_nocase(suf, sufn, "d") || eq_nocase(suf, sufn, "re") ||
	                   eq_nocase(suf, sufn, "ve") || eq_nocase(suf, sufn, "ll")))
		cut = q;
	else {
		/* elision: the prefix before the first apostrophe */
		size_t f, fl = 0;
		for (f = i; f < j; f++)
			if ((fl = apos_at(s, f, j)) != 0)
				break;
		if (fl && f == q && tk_token_is_elision(s + i, f - i)) {
			/* the rest must read back as a word, not as a URL
			 * (www.example.org, mailto:x) */
			if (f + fl < j && (cls_at(s, f + fl, j) & C_ALPHA) &&
			    !tk_url_len(s + f + fl, j - f - fl, j - f - fl))
				cut = f + fl;
			else
				return emit(c, i, j, type); /* l' alone */
		}
		if (!cut && sufn == 0 && q > i)
			cut = q; /* parents|' */
	}
	if (!cut || cut == i || cut == j)
		return emit(c, i, j, type);
	/* The left part may hold another contraction (a run-together
	 * "gn'tn't"): split it the same way, so that the pieces read back
	 * give themselves. */
	enum tk_token_type lt = classify(s + i, cut - i);
	int r = lt == TK_TOK_WORD ? tk_token_split_word(c, i, cut, lt)
	                          : emit(c, i, cut, lt);
	return r ? r : emit(c, cut, j, classify(s + cut, j - cut));
}
