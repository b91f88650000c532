# normalize: every option, input edge cases, errors.

=== ASCII passes unchanged
$ normalize
< Plain text, stays.
> Plain text, stays.

=== NFC composes (decomposed input via printf)
$ printf 'Cafe\314\201 na\303\257ve\n' | normalize
> Café naïve

=== --form=nfd decomposes
$ printf 'Caf\303\251\n' | normalize --form=nfd | od -An -c | tr -s ' '
>  C a f e 314 201 \n

=== -f nfkc folds compatibility characters
$ printf '\357\254\201 \342\221\240 \357\274\241 x\302\262\n' | normalize -f nfkc
> fi 1 A x2

=== --form=nfkd
$ printf '\357\254\201\303\251\n' | normalize --form=nfkd | od -An -c | tr -s ' '
>  f i e 314 201 \n

=== --form=none leaves text alone
$ printf 'e\314\201\n' | normalize --form=none | od -An -c | tr -s ' '
>  e 314 201 \n

=== bad --form
$ normalize --form=nfx
? 2
! invalid value 'nfx' for --form
! 'nfc'

=== --lower
$ normalize --lower
< ÀÉ ΣΑΣ HELLO
> àé σας hello

=== -u upper with sharp s
$ normalize -u
< straße
> STRASSE

=== --casefold
$ normalize --casefold
< Straße ΣΑΣ İ
> strasse σασ i̇

=== -c short form
$ normalize -c
< ABC
> abc

=== --lang=tr dotted and dotless i
$ normalize --lower --lang=tr
< İSTANBUL DİYARBAKIR
> istanbul diyarbakır

=== --lang=lt
$ normalize --lang=lt -l
< ÌA
> i̇̀a

=== --lang needs a case option
$ normalize --lang=tr
? 2
! --lang needs

=== --lang must look like a language code
$ normalize -l --lang=TR_tr
? 2
! invalid value 'TR_tr' for --lang

=== case options exclude each other
$ normalize --lower --upper
? 2
! mutually exclusive

=== --quotes
$ normalize --quotes
< “Hello,” she said, ‘it’s 5′ «tall» ‹x›—ok
> "Hello," she said, 'it's 5' "tall" 'x'—ok

=== -q short form
$ normalize -q
< „x“
> "x"

=== --dashes
$ normalize --dashes
< 1990–2000 a—b c‐d −5 x―y
> 1990-2000 a--b c-d -5 x--y

=== -d short form
$ normalize -d
< a–b
> a-b

=== --punct: quotes, dashes, ellipsis, spaces, fullwidth
$ printf '\342\200\234a\342\200\235 b\342\200\224c wait\342\200\246 x\302\240y\343\200\200z \357\274\241\357\274\221\357\274\201\n' | normalize --punct
> "a" b--c wait... x y z A1!

=== -p short form
$ normalize -p
< x…
> x...

=== --strip-accents
$ normalize --strip-accents
< Crème brûlée, Łódź, Øresund, đak, Ελλάδα, ёж
> Creme brulee, Lodz, Oresund, dak, Ελλαδα, еж

=== -a keeps Japanese voicing marks
$ normalize -a
< がぎ café
> がぎ cafe

=== --ascii transliterates
$ normalize --ascii
< ﬁnal Æsir €5 © ½ Straße “q” — Москва
> final AEsir EUR5 (c) 1/2 Strasse "q" -- ??????

=== --ascii --replacement
$ normalize --ascii --replacement='_'
< 北京 ok
> __ ok

=== --replacement may be empty
$ normalize --ascii --replacement=
< a北b
> ab

=== --replacement needs --ascii
$ normalize --replacement=x
? 2
! --replacement needs --ascii

=== --replacement must be ASCII
$ normalize --ascii --replacement=é
? 2
! must be ASCII

=== --invisible
$ printf 'a\342\200\213b\302\255c\342\200\216d\001e\tf\357\273\277g\342\200\256h\n' | normalize --invisible | od -An -c | tr -s ' '
>  a b c d e \t f g h \n

=== -i keeps ZWNJ inside Persian words
$ printf '\331\205\342\200\214\331\205 a\342\200\214b\n' | normalize -i | od -An -tx1 | tr -s ' '
>  d9 85 e2 80 8c d9 85 20 61 62 0a

=== -i decides joiners by their neighbours in the output
# U+201D is '"' after --punct; KELVIN SIGN is K after NFC (and K + U+0301
# compose once the joiner between them is gone); long s is s after -c;
# NBSP is white space.  Emoji and Arabic joiners stay.
$ printf '\342\200\235\342\200\215\360\237\222\273\n' | normalize -i -p | od -An -tx1 | tr -s ' '
$ printf '\342\204\252\342\200\215\314\201\n' | normalize -i | od -An -tx1 | tr -s ' '
$ printf '\305\277\342\200\215\330\250 \302\240\342\200\215\330\250\n' | normalize -i -c | od -An -tx1 | tr -s ' '
$ printf '\360\237\221\250\342\200\215\360\237\222\273\n' | normalize -i -c -p | od -An -tx1 | tr -s ' '
>  22 f0 9f 92 bb 0a
>  e1 b8 b0 0a
>  73 d8 a8 20 c2 a0 d8 a8 0a
>  f0 9f 91 a8 e2 80 8d f0 9f 92 bb 0a

=== --squeeze
$ printf '  a \t b\302\240\302\240c  \n\t\n' | normalize --squeeze
> a b c
>

=== -s short form
$ normalize -s
< x   y
> x y

=== --html strips tags and decodes references
$ normalize --html
< <p>Fish &amp; chips&nbsp;&#8212; <b>caf&eacute;</b> &#x1F600; &notit;</p><p>Next</p>
> Fish & chips — café 😀 ¬it; Next

=== --html tags, comments and scripts across lines keep the line count
$ normalize --html
< text <a href="x"
< title="y">link</a> <!-- a
< comment --> more
< <script>var x = "<p>";
< </script>after
> text 
> link 
>  more
>
> after

=== --html: a lone < is text
$ normalize --html
< a < b, c > d
> a < b, c > d

=== --html: a tag left open without attributes is text, not a runaway tag
$ normalize --html
< if a<b then
< <i>next</i> line
> if a<b then
> next line

=== --markdown
$ normalize --markdown
< # Title #
< - a [link](http://x.org/a_(b)) and **bold** and _em_ and `code *x*`
< > quoted \*stars\* and snake_case and 2*3*4
< ![alt text](img.png) and x<sup>2</sup>
< ---
> Title
> a link and bold and em and code *x*
> quoted *stars* and snake_case and 2*3*4
> alt text and x2
>

=== --article preset
$ normalize --article
< <p>  “Smart”  quotes&nbsp;&amp; **bold** text… </p>
< ## A [heading](http://x)
> "Smart" quotes & bold text...
>
> A heading

=== --markdown: thematic breaks, definitions and tables, one line per line
$ normalize --markdown
< \*\*\*
< text[^1] and ref[1][2]
< [^1]: The note.
< [id]: http://x.org/ "Title"
< | Name | Age of *the* man |
< |------|:---:|
< | Bob  | 3 \| 4 |
>
> text[^1] and ref[1][2]
>
>
> Name | Age of the man
>
> Bob | 3 | 4

=== --html: block tags and <ref> leave a space, one line per line
$ normalize --html
< millennium<ref>See</ref> x<p>y<td>z
> millennium See x y z

=== --footnotes: references glued to a word or period, or after a clause
$ normalize --footnotes --squeeze
< The millennium.[1][2] Next cities[5][6] and fact[citation needed]. Also[edit]
< a.[4] Next x[^note] word[1]next; added. [1] The; What If? [7] [8] [9]
< [1] Smith, J. (2001). See [3] and [sic] and [Note]. Une liste [7].
> The millennium. Next cities and fact. Also
> a. Next x word next; added. The; What If?
> [1] Smith, J. (2001). See [3] and [sic] and [Note]. Une liste.

=== --blocks: a blank line between blocks, wrapped prose stays wrapped
$ normalize --article
< # Most U.S. troops had mental illness: study
< WASHINGTON (Reuters) - A majority of the
< troops were discharged.
<
<
< - first item
< - second item
<   continued
<
< After the list.
< ***
< Last paragraph.
> Most U.S. troops had mental illness: study
>
> WASHINGTON (Reuters) - A majority of the
> troops were discharged.
>
> first item
>
> second item
> continued
>
> After the list.
>
> Last paragraph.

=== --blocks: HTML block elements, <br>, table cells
$ normalize --article
< <html><head><title>Page | Site</title></head><body>
< <h1>Head</h1><p>One<br>two</p><p>The millennium.<sup>[1]</sup> Next
< line of it.</p>
< <div>
< <table><tr><th>Name</th><th>Age</th></tr><tr><td>Bob</td><td>3</td></tr></table>
< </div></body></html>
> Page
>
> Site
>
> Head
>
> One
> two
>
> The millennium. Next
> line of it.
>
> Name
>
> Age
>
> Bob
>
> 3

=== --blocks: GFM tables, one block per cell; the delimiter row goes
$ normalize --article
< Intro text.
<
< | City | Population of the city |
< |:-----|-----------------------:|
< | Paris | 2.1 million |
< After.
> Intro text.
>
> City
>
> Population of the city
>
> Paris
>
> 2.1 million
>
> After.

=== --blocks: no sentence or n-gram crosses a cell
$ printf '| a b | c d |\n|---|---|\n| e f | g h |\n' | normalize --article | ngram --words --across-lines
> 1	a b
> 1	c d
> 1	e f
> 1	g h

=== --article output is a fixed point
$ printf '# T\n<p>a.[1] b<br>c</p>\n- x\n  y\nz\n\n\n| p | q |\n' | normalize --article > $T/once; normalize --article < $T/once | cmp - $T/once && echo same
> same

=== --blocks with -z: one record per record, blocks inside
$ printf '<p>a</p><p>b</p>\000\000c\000' | normalize -z --article | od -An -c | tr -s ' '
>  a \n \n b \0 \0 c \0

=== -A does not change case or accents
$ normalize -A
< Café RÉSUMÉ
> Café RÉSUMÉ

=== combined options
$ normalize --casefold --ascii --squeeze
< Ｓｔｒａßｅ   ＣＡＦÉ
> strasse cafe

=== invalid UTF-8 in the middle of a line is replaced, with a warning
$ printf 'ab\377cd e\314\201\n' | normalize
> ab�cd é
! invalid UTF-8

=== --invalid=drop
$ printf 'ab\377cd\n' | normalize --invalid=drop
> abcd
!*

=== --invalid=fail
$ printf 'ab\377cd\n' | normalize --invalid=fail
? 1
!*
>*

=== CRLF input gives LF output
$ printf 'one\r\ntwo e\314\201\r\n' | normalize | od -An -c | tr -s ' '
>  o n e \n t w o 303 251 \n

=== last line without a newline gets one
$ printf 'a\nb' | normalize
> a
> b

=== empty input, empty lines
$ printf '\n\n' | normalize --html --markdown -s
>
>

=== --blocks alone: runs of blank lines become one, none at the ends
$ printf '\n a\n\n\n  b\nc\n\n' | normalize --blocks
>  a
>
>   b
> c

=== --blocks: no blank lines at the ends
$ printf '\n\n<p>\n\n' | normalize -A | wc -c
> 0

=== --encoding=latin1
$ printf 'caf\351 \253x\273\n' | normalize --encoding=latin1 --quotes
> café "x"

=== -z NUL records
$ printf 'A\000B\000' | normalize -z -l | od -An -c | tr -s ' '
>  a \0 b \0

=== --null keeps newlines inside records
$ printf 'A\nB\000' | normalize --null --squeeze | od -An -c | tr -s ' '
>  A B \0

=== several files and a missing one
$ printf 'x\n' > $T/a; normalize $T/a /nonexistent $T/a
> x
> x
? 1
! /nonexistent

=== a long line in pieces (3 MiB, beyond the record size)
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "Cafe\314\201 x "; print "" }' | normalize -A -c | cksum
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "café x "; print "" }' | sed 's/ $//' | cksum
>*

=== a long line without blanks (6 MiB, cut at normalization boundaries)
$ awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "ae\314\201"; print "" }' | normalize -l > $T/o; wc -c < $T/o
> 3000001

=== --help lists every option
$ for o in form lower upper casefold lang quotes dashes punct strip-accents ascii replacement invisible squeeze html markdown footnotes blocks article encoding invalid null help version; do normalize --help | grep -qE -- "^ +(-., )?--$o([= ]|$)" || echo "missing --$o"; done

=== --version
$ normalize --version | sed "1s/ $(cat "$TK_TOP/VERSION")\$/ VERSION/" | sed -e 's/^Unicode [0-9][0-9.]* (character properties: .*)$/Unicode X.Y.Z (character properties: LIB)/' -e 's/^Unicode [0-9][0-9.]* (sentence/Unicode X.Y.Z (sentence/'
> normalize (textkit) VERSION
> Unicode X.Y.Z (character properties: LIB)
> Copyright (C) 2026 the textkit authors.
> License MIT: <https://opensource.org/license/mit>.
> This is free software: you are free to change and redistribute it.
> There is NO WARRANTY, to the extent permitted by law.

=== bad option
$ normalize --bogus
? 2
! Try 'normalize --help'

=== write error
$ echo x | normalize > /dev/full
? 1
! write error

=== help, man page and code list the same long options
$ cd "$TK_TOP"
$ h=$(normalize --help | grep -o -e '--[a-z0-9-]*' | sort -u)
$ m=$(sed -n '/^\.SH OPTIONS/,/^\.SH EXIT/p' man/normalize.1 | tr -d '\\' | grep -o -e '--[a-z0-9-]*' | sort -u)
$ c=$(grep -o '{ "[a-z0-9-]*", [^,]*, [a-z_]*_argument' tools/normalize.c | sed 's/{ "\(.*\)".*/--\1/' | sort -u)
$ test "$h" = "$m" && test "$m" = "$(printf '%s\n--encoding\n--help\n--invalid\n--line-buffered\n--null\n--version\n' "$c" | sort -u)" && echo same
> same
