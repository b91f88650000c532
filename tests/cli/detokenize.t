# detokenize: tokens (tokenize -s output) back into text.  Each rule of
# lib/text/detok in the languages -l names; round trips through
# tokenize -s.  The common matrix is in all-tools.t / bad-input.t.

=== no space before closing punctuation
$ detokenize
< Hello , world ! Is it ( really ) true ? Yes ; no : maybe . [ 1 ] { x } 5 %
> Hello, world! Is it (really) true? Yes; no: maybe. [1] {x} 5%

=== ellipsis and runs of punctuation
$ detokenize
< Wait ... what ?!? Really !!! And … so A ++ grade
> Wait... what?!? Really!!! And… so A++ grade

=== an ellipsis that opens a line or a quotation joins the next word
$ detokenize
< ... and then
< " ... there is none . "
> ...and then
> "...there is none."

=== English clitics of --split-contractions
$ detokenize
< I do n't know , it 's John 's and we 'll see ; they 're here , I 'm sure , you 've won , he 'd go
< It ’s Ann ’s
> I don't know, it's John's and we'll see; they're here, I'm sure, you've won, he'd go
> It’s Ann’s

=== straight quotes alternate
$ detokenize
< He said , " I know " and ' this ' too .
> He said, "I know" and 'this' too.

=== a quotation over two sentences; a blank line closes it
$ detokenize
< She said : " Go home .
< Now . " Then he left .
<
< " New " one
> She said: "Go home.
> Now." Then he left.
>
> "New" one

=== a quote that opens a line before a word opens, though one is open (an interview's answers)
$ detokenize
< " THE PRESIDENT : I appreciate that .
< " The book -- I guess one way .
< ' A radical ' one and
< ' another .
> "THE PRESIDENT: I appreciate that.
> "The book -- I guess one way.
> 'A radical' one and
> 'another.

=== an unopened " at the end of a line closes; after a number it marks inches
$ detokenize
< the end . "
< 17 " or 16 " wheels
> the end."
> 17" or 16" wheels

=== curly quotes and guillemets in English
$ detokenize
< “ Yes , ” he said ‘ no ’ « oui »
> “Yes,” he said ‘no’ «oui»

=== openers: brackets, currency, hash, inverted marks, slash
$ detokenize
< It costs $ 5 or € 3 , # 1 in and / or ¿ Qué ? ¡ Sí !
> It costs $5 or €3, #1 in and/or ¿Qué? ¡Sí!

=== e-mail in angle brackets
$ detokenize
< Ann < ann@example.org >
> Ann <ann@example.org>

=== English: a plural possessive keeps its space
$ detokenize
< the states' case and parents' rights
> the states' case and parents' rights

=== French: a space before ; : ! ? and inside guillemets, elision joins
$ detokenize -l fr
< Il a dit : « l' homme est là » ! Vraiment ? Oui ; qu' il vienne .
> Il a dit : « l'homme est là » ! Vraiment ? Oui ; qu'il vienne.

=== French elision with U+2019
$ detokenize --language=fr
< l’ homme d’ Europe
> l’homme d’Europe

=== round trip through tokenize -s
$ tokenize -s | detokenize
< "Hello, world!" she said (twice). It costs $5, or 5% of it... Isn't it?
< The U.S. team won 3-1; e-mail me at a@b.org or see https://x.org/a?b=c.
> "Hello, world!" she said (twice). It costs $5, or 5% of it... Isn't it?
> The U.S. team won 3-1; e-mail me at a@b.org or see https://x.org/a?b=c.

=== round trip with --split-contractions
$ tokenize -s --split-contractions | detokenize
< I don't think it's John's.
> I don't think it's John's.

=== French round trip
$ tokenize -s --split-contractions | detokenize -l fr
< L'homme a dit : « Bonjour ! »
> L'homme a dit : « Bonjour ! »

=== blank lines stay, runs of spaces are one separator
$ printf 'a  ,   b\n\nc .\n' | detokenize
> a, b
>
> c.

=== -z: NUL-terminated lines
$ printf 'a ,\000b .\000' | detokenize -z | tr '\000' '|'; echo
> a,|b.|

=== a long line in pieces (over the record limit) comes out whole
$ python3 -c "print(' '.join(['word ,'] * 300000))" | detokenize | python3 -c "import sys; s=sys.stdin.read(); print(len(s), s[:14], s.count(' ,'))"
> 1800000 word, word, wo 0

=== an unknown language is a usage error
$ detokenize -l xx < /dev/null
? 2
! invalid value 'xx' for --language

=== an en dash between numbers or references is a range: no spaces
$ detokenize
< aged 8 – 10 years , see [ 1 ] – [ 11 ] ; but Paris – Rome and 1 – two
> aged 8–10 years, see [1]–[11]; but Paris – Rome and 1 – two

=== a hyphen that cuts a word off before punctuation joins it; elsewhere a dash
$ detokenize
< our , wh - , the one ; t - ? Shobha - .
< Vince -
< a - b
> our, wh-, the one; t-? Shobha-.
> Vince -
> a - b

=== an apostrophe that opens a decade or em, tis, twas joins the next word
$ detokenize
< the ’ 70s or ' 80s , put ’ em on , ' tis true
> the ’70s or '80s, put ’em on, 'tis true

=== a bracketed plural joins the word
$ detokenize
< your friend ( s ) and , ( s ) alone
> your friend(s) and, (s) alone

=== Chinese and Japanese: no spaces between words of Han or kana, nor around their punctuation
$ detokenize
< 私 は 東京 に 住ん で い ます 。 「 はい 」 と 言っ た 。
< 北京 是 中国 的 首都 ， 我 爱 北京 。
> 私は東京に住んでいます。「はい」と言った。
> 北京是中国的首都，我爱北京。

=== on a line mostly of Han or kana, a Latin word, a number or ASCII punctuation joins them; on an English line the spaces stay
$ detokenize
< 我 用 iPhone 12 拍照 。
< FBI が 2011 年 , 東京 Tower を 調べ た 。
< I love 東京 and 北京 , 2011 .
> 我用iPhone 12拍照。
> FBIが2011年,東京Towerを調べた。
> I love 東京 and 北京, 2011.

=== Thai, Lao, Khmer and Myanmar words join; a Latin word or a number between them keeps its spaces
$ detokenize
< ภาษา ไทย ง่าย มาก
< ฉัน มี 2 แมว และ iPhone
< ໄປ ມາ
< ក្មេង លេង
> ภาษาไทยง่ายมาก
> ฉันมี 2 แมวและ iPhone
> ໄປມາ
> ក្មេងលេង

=== the round trip: tokenize -s then detokenize gives back Chinese and Japanese lines, with a segmenter or without
$ printf '私は東京に住んでいます。東京Towerは高い。\n北京是中国的首都，我爱北京。\n' | tokenize -s | detokenize
> 私は東京に住んでいます。東京Towerは高い。
> 北京是中国的首都，我爱北京。
