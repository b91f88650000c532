# tokenize: hand-written cases from news and web text.
# Most cases are one input line and its tokens as tokenize -s writes them
# (one space between tokens); the last part checks the output formats,
# options and errors.  Format: see tests/cli/run.

=== url https with query
$ tokenize -s
< see https://example.com/a?b=c now
> see https://example.com/a?b=c now

=== url http trailing period
$ tokenize -s
< Visit http://example.org.
> Visit http://example.org .

=== url www
$ tokenize -s
< Go to www.example.org today
> Go to www.example.org today

=== url in parentheses
$ tokenize -s
< (see https://x.org/a)
> ( see https://x.org/a )

=== url balanced parentheses kept
$ tokenize -s
< https://en.wikipedia.org/wiki/Foo_(bar) is it
> https://en.wikipedia.org/wiki/Foo_(bar) is it

=== url trailing comma
$ tokenize -s
< https://a.io/x, then
> https://a.io/x , then

=== url in angle brackets
$ tokenize -s
< <https://example.com/>
> < https://example.com/ >

=== url with fragment and port
$ tokenize -s
< http://localhost:8080/p#top
> http://localhost:8080/p#top

=== url ftp scheme
$ tokenize -s
< ftp://ftp.example.net/pub/file.tar.gz
> ftp://ftp.example.net/pub/file.tar.gz

=== url mailto
$ tokenize -s
< mailto:info@example.com
> mailto:info@example.com

=== url in quotes
$ tokenize -s
< "http://example.com"
> " http://example.com "

=== url trailing question mark
$ tokenize -s
< Did you see http://a.org/b?
> Did you see http://a.org/b ?

=== email plain
$ tokenize -s
< Write to john.doe@example.org please
> Write to john.doe@example.org please

=== email sentence end
$ tokenize -s
< Mail me at jane@mail.example.co.uk.
> Mail me at jane@mail.example.co.uk .

=== email plus tag
$ tokenize -s
< a+tag@example.com
> a+tag@example.com

=== email in angle brackets
$ tokenize -s
< <bob@example.net>
> < bob@example.net >

=== email with hyphen domain
$ tokenize -s
< x_y@my-host.example
> x_y@my-host.example

=== email in parentheses
$ tokenize -s
< Contact (ann@ex.com)
> Contact ( ann@ex.com )

=== hashtag
$ tokenize -s
< I love #Rust and #c11
> I love #Rust and #c11

=== hashtag number is not one
$ tokenize -s
< We are #1 again
> We are # 1 again

=== hashtag trailing punct
$ tokenize -s
< Trending: #climate.
> Trending : #climate .

=== hashtag non-latin
~! word segmentation: none
$ tokenize -s
< #東京 #München
> #東京 #München

=== hashtag non-latin (no word segmenter: the Han run is warned about)
~ word segmentation: none
$ tokenize -s
< #東京 #München
> #東京 #München
! no word segmenter for Chinese

=== mention
$ tokenize -s
< thanks @alice_b and @Bob!
> thanks @alice_b and @Bob !

=== mention with colon
$ tokenize -s
< @user: hello
> @user : hello

=== mention with dot domain
$ tokenize -s
< cc @example.org
> cc @example.org

=== at sign alone
$ tokenize -s
< meet @ 5
> meet @ 5

=== hash inside word is not a hashtag
$ tokenize -s
< C# rocks
> C # rocks

=== year
$ tokenize -s
< In 2022 it grew
> In 2022 it grew

=== thousands separators
$ tokenize -s
< 1,000,000 people
> 1,000,000 people

=== decimal
$ tokenize -s
< pi is 3.14.
> pi is 3.14 .

=== dollar amount
$ tokenize -s
< It cost $50.
> It cost $ 50 .

=== dollar with decimals
$ tokenize -s
< $1,299.99 each
> $ 1,299.99 each

=== percentage
$ tokenize -s
< up 12.5% today
> up 12.5 % today

=== ordinal
$ tokenize -s
< the 5th and 21st
> the 5th and 21st

=== time
$ tokenize -s
< at 10:30 and 03:14:15
> at 10:30 and 03:14:15

=== date with slashes
$ tokenize -s
< on 08/16/2000 or 9/30/01
> on 08/16/2000 or 9/30/01

=== fraction
$ tokenize -s
< add 1/2 cup
> add 1/2 cup

=== decade with apostrophe
$ tokenize -s
< the 1990's trend
> the 1990's trend

=== decade plain
$ tokenize -s
< the 1990s
> the 1990s

=== negative number
$ tokenize -s
< -5 degrees
> - 5 degrees

=== number range with hyphen
$ tokenize -s
< pages 10-20
> pages 10-20

=== phone number
$ tokenize -s
< call 303-832-8160
> call 303-832-8160

=== european decimal comma
$ tokenize -s
< 7,5 km
> 7,5 km

=== number then comma
$ tokenize -s
< In 2021, sales rose
> In 2021 , sales rose

=== euro sign
$ tokenize -s
< €20 or 20€
> € 20 or 20 €

=== plus and equals
$ tokenize -s
< 2+2=4
> 2 + 2 = 4

=== abbreviation U.S.
$ tokenize -s
< the U.S. economy
> the U.S. economy

=== abbreviation e.g.
$ tokenize -s
< fruit, e.g. apples
> fruit , e.g. apples

=== abbreviation Ph.D.
$ tokenize -s
< She has a Ph.D. in math
> She has a Ph.D. in math

=== abbreviation at sentence end
$ tokenize -s
< He moved to the U.S.
> He moved to the U.S.

=== abbreviation Dr.
$ tokenize -s
< Dr. Smith arrived
> Dr. Smith arrived

=== abbreviation Mr. and Mrs.
$ tokenize -s
< Mr. and Mrs. Jones
> Mr. and Mrs. Jones

=== abbreviation Inc.
$ tokenize -s
< Acme Inc. said
> Acme Inc. said

=== abbreviation etc. and comma
$ tokenize -s
< apples, pears, etc., too
> apples , pears , etc. , too

=== abbreviation month
$ tokenize -s
< on Jan. 5
> on Jan. 5

=== initials
$ tokenize -s
< J. R. R. Tolkien
> J. R. R. Tolkien

=== a.m. and p.m.
$ tokenize -s
< at 9 a.m. or 5 p.m.
> at 9 a.m. or 5 p.m.

=== abbreviation before closing paren
$ tokenize -s
< (Washington, D.C.)
> ( Washington , D.C. )

=== sentence final period
$ tokenize -s
< The cat sat.
> The cat sat .

=== sentence final after number
$ tokenize -s
< It was 2020.
> It was 2020 .

=== ordinary word with period inside quotes
$ tokenize -s
< "Stop."
> " Stop . "

=== all caps abbreviation
$ tokenize -s
< GEN. Lee
> GEN. Lee

=== lower case word is not an initial
$ tokenize -s
< plan b.
> plan b .

=== domain-like word
$ tokenize -s
< visit example.com.
> visit example.com .

=== ellipsis dots
$ tokenize -s
< Well... maybe
> Well ... maybe

=== ellipsis character
$ tokenize -s
< Well… maybe
> Well … maybe

=== repeated exclamation
$ tokenize -s
< Wow!!!
> Wow !!!

=== mixed terminal run
$ tokenize -s
< Really?!
> Really ?!

=== double hyphen dash
$ tokenize -s
< yes--no
> yes -- no

=== em dash
$ tokenize -s
< yes—no
> yes — no

=== en dash range stays split
$ tokenize -s
< 1990–2000
> 1990 – 2000

=== asterisk run
$ tokenize -s
< *** end ***
> *** end ***

=== smiley
$ tokenize -s
< nice :)
> nice :)

=== smiley with nose
$ tokenize -s
< ok :-) bye
> ok :-) bye

=== smiley after word
$ tokenize -s
< fun:)
> fun :)

=== heart
$ tokenize -s
< I <3 NY
> I <3 NY

=== colon between letters cuts (not UAX 29 MidLetter, as CLDR root)
$ tokenize -s
< Note:Do it God:for
> Note : Do it God : for

=== colon then space is not emoticon
$ tokenize -s
< Note: Do it
> Note : Do it

=== brackets
$ tokenize -s
< [a] {b} (c)
> [ a ] { b } ( c )

=== slash between words
$ tokenize -s
< and/or
> and / or

=== ampersand between capitals joins, elsewhere it is a token
$ tokenize -s
< R&D AT&T J&J S&P A&E salt&pepper R&d &T A&
> R&D AT&T J&J S&P A&E salt & pepper R & d & T A &

=== contraction don't
$ tokenize -s
< I don't know
> I don't know

=== contraction curly apostrophe
$ tokenize -s
< I don’t know
> I don’t know

=== possessive
$ tokenize -s
< Russia's army
> Russia's army

=== possessive curly
$ tokenize -s
< Russia’s army
> Russia’s army

=== plural possessive
$ tokenize -s
< the parents' house
> the parents' house

=== plural possessive curly
$ tokenize -s
< the citizens’ rights
> the citizens’ rights

=== quoted word is not possessive
$ tokenize -s
< 'yes' he said
> ' yes ' he said

=== quoted plural is not possessive
$ tokenize -s
< the 'apples' tasted
> the ' apples ' tasted

=== contraction can't won't
$ tokenize -s
< can't won't shouldn't
> can't won't shouldn't

=== contraction I'm we'll they've
$ tokenize -s
< I'm sure we'll see they've
> I'm sure we'll see they've

=== name with apostrophe
$ tokenize -s
< O'Neill and O'Brien
> O'Neill and O'Brien

=== french elision default
$ tokenize -s
< l'homme d'affaires
> l'homme d'affaires

=== ptb n't
$ tokenize -s --split-contractions
< I don't know
> I do n't know

=== ptb can't
$ tokenize -s --split-contractions
< can't won't
> ca n't wo n't

=== one capital letter after an apostrophe is a clitic, not an initial: its period is not kept, in context or at a paragraph's end{opt}
$ tokenize -s {opt}
< I KNEW HE'D. So
< I KNEW HE'D.
> I KNEW {w} . So
> I KNEW {w} .
| opt= w="HE'D"
| opt=--split-contractions w="HE 'D"

=== ptb possessive
$ tokenize -s --split-contractions
< Russia's army
> Russia 's army

=== ptb curly possessive
$ tokenize -s --split-contractions
< Russia’s army
> Russia ’s army

=== ptb clitics
$ tokenize -s --split-contractions
< I'm we'll they've he'd you're
> I 'm we 'll they 've he 'd you 're

=== ptb plural possessive
$ tokenize -s --split-contractions
< the parents' house
> the parents ' house

=== ptb name unchanged
$ tokenize -s --split-contractions
< O'Neill
> O'Neill

=== ptb french elision
$ tokenize -s --split-contractions
< l'homme qu'il j'ai
> l' homme qu' il j' ai

=== ptb italian elision
$ tokenize -s --split-contractions
< dell'anno
> dell' anno

=== ptb capital elision
$ tokenize -s --split-contractions
< L'Oréal
> L' Oréal

=== ptb read back is unchanged
$ tokenize -s --split-contractions
< do n't Russia 's l' homme
> do n't Russia 's l' homme

=== ptb hyphenated possessive
$ tokenize -s --split-contractions
< mother-in-law's car
> mother-in-law 's car

=== hyphenated compound
$ tokenize -s
< a 45-year-old man
> a 45-year-old man

=== hyphenated e-mail
$ tokenize -s
< send an e-mail
> send an e-mail

=== hyphen prefix
$ tokenize -s
< non-European pre-war
> non-European pre-war

=== trailing hyphen before space
$ tokenize -s
< pre- and post-war
> pre- and post-war

=== unicode hyphen
$ tokenize -s
< well‐known
> well‐known

=== hyphen with spaces
$ tokenize -s
< yes - no
> yes - no

=== split hyphens
$ tokenize -s --split-hyphens
< a 45-year-old man
> a 45 - year - old man

=== split hyphens e-mail
$ tokenize -s --split-hyphens
< e-mail
> e - mail

=== split hyphens trailing
$ tokenize -s --split-hyphens
< pre- and
> pre - and

=== split hyphens phone
$ tokenize -s --split-hyphens
< 303-832-8160
> 303 - 832 - 8160

=== abbreviation in a compound
$ tokenize -s
< U.S.-based firms
> U.S.-based firms

=== hyphen then period
$ tokenize -s
< It is state-of-the-art.
> It is state-of-the-art .

=== a token alone on its line keeps the period of a listed word (art.), so that output read back gives itself
$ tokenize -s
< state-of-the-art.
< 5
> state-of-the-art.
> 5

=== emoji single
$ tokenize -s
< great 👍 job
> great 👍 job

=== emoji skin tone
$ tokenize -s
< 👍🏽👍
> 👍🏽 👍

=== emoji zwj family
$ tokenize -s
< 👨‍👩‍👧‍👦!
> 👨‍👩‍👧‍👦 !

=== emoji flags
$ tokenize -s
< 🇫🇷🇩🇪
> 🇫🇷 🇩🇪

=== emoji after word
$ tokenize -s
< pizza🍕
> pizza 🍕

=== emoji keycap
$ tokenize -s
< press 1️⃣ now
> press 1️⃣ now

=== emoji with variation selector
$ tokenize -s
< ❤️ it
> ❤️ it

=== emoji information source (the one emoji that starts with a letter)
$ tokenize -t
< ℹ️ ℹ
> ℹ️	emoji
> ℹ	word

=== emoji zwj profession
$ tokenize -s
< 👩🏽‍💻 codes
> 👩🏽‍💻 codes

=== chinese ideographs one each (no word segmenter: one word per character)
~ word segmentation: none
$ tokenize -s
< 我爱北京
> 我 爱 北 京
! no word segmenter for

=== chinese with punctuation (no word segmenter: one word per character)
~ word segmentation: none
$ tokenize -s
< 你好，世界。
> 你 好 ， 世 界 。
! no word segmenter for

=== japanese katakana run (no word segmenter: one word per character)
~ word segmentation: none
$ tokenize -s
< 東京タワーに行った
> 東 京 タワー に 行 っ た
! no word segmenter for

=== japanese mixed latin (no word segmenter: one word per character)
~ word segmentation: none
$ tokenize -s
< iPhoneを買った
> iPhone を 買 っ た
! no word segmenter for

=== korean words
$ tokenize -s
< 안녕하세요 세계
> 안녕하세요 세계

=== chinese with latin digits
$ tokenize -s
< 2022年
> 2022 年

=== french elision
$ tokenize -s
< L'homme qu'elle aime
> L'homme qu'elle aime

=== french guillemets
$ tokenize -s
< « Bonjour ! »
> « Bonjour ! »

=== french accents
$ tokenize -s
< À l'été, où êtes-vous ?
> À l'été , où êtes-vous ?

=== german compounds and umlauts
$ tokenize -s
< Die Straße ist schön.
> Die Straße ist schön .

=== german quotes
$ tokenize -s
< „Ja“, sagte er.
> „ Ja “ , sagte er .

=== german abbreviation z.B.
$ tokenize -s
< z.B. heute
> z.B. heute

=== german ordinal date
$ tokenize -s
< am 3. Oktober
> am 3 . Oktober

=== spanish inverted marks
$ tokenize -s
< ¿Dónde está? ¡Aquí!
> ¿ Dónde está ? ¡ Aquí !

=== spanish enye
$ tokenize -s
< El niño comió.
> El niño comió .

=== spanish abbreviation Sr.
$ tokenize -s
< el Sr. García
> el Sr. García

=== russian sentence
$ tokenize -s
< Привет, мир!
> Привет , мир !

=== russian hyphen
$ tokenize -s
< кто-то сказал
> кто-то сказал

=== russian quotes
$ tokenize -s
< «Правда» пишет
> « Правда » пишет

=== russian initials
$ tokenize -s
< А. С. Пушкин
> А. С. Пушкин

=== greek sentence
$ tokenize -s
< Καλημέρα κόσμε!
> Καλημέρα κόσμε !

=== greek question mark
$ tokenize -s
< Τι κάνεις;
> Τι κάνεις ;

=== greek final sigma word
$ tokenize -s
< λόγος.
> λόγος .

=== arabic words
$ tokenize -s
< مرحبا بالعالم
> مرحبا بالعالم

=== hebrew with geresh
$ tokenize -s
< צה"ל אמר
> צה"ל אמר

=== combining accents stay
$ tokenize -s
< café ok
> café ok

=== thai left to uax29 (no word segmenter: one word per character)
~ word segmentation: none
$ tokenize -s
< ภาษา
> ภ า ษ า
! no word segmenter for

=== uax29 abbreviation split
$ tokenize -s --uax29
< the U.S. economy
> the U.S . economy

=== uax29 url split
$ tokenize -s --uax29
< http://a.org/b
> http : / / a.org / b

=== uax29 hyphen split
$ tokenize -s --uax29
< 45-year-old
> 45 - year - old

=== uax29 contraction whole
$ tokenize -s --uax29
< don't
> don't

=== uax29 time split
$ tokenize -s --uax29
< 10:30
> 10 : 30

=== uax29 email split
$ tokenize -s --uax29
< a@b.com
> a @ b.com

=== uax29 dollar
$ tokenize -s --uax29
< $50
> $ 50

=== uax29 emoji zwj
$ tokenize -s --uax29
< 👨‍👩‍👧
> 👨‍👩‍👧

=== tabs and spaces
$ tokenize -s
< a	 b  	c
> a b c

=== no-break space separates
$ tokenize -s
< 10 km
> 10 km

=== ideographic space
$ tokenize -s
< 東　京
> 東 京

=== leading and trailing space
$ tokenize -s
<   hi  
> hi

=== zero width space is not white space
$ tokenize -s
< a​b
> a ​ b

=== lower
$ tokenize -s --lower
< The U.S. CAFÉ
> the u.s. café

=== casefold
$ tokenize -s --casefold
< Straße ΣΟΦΟΣ
> strasse σοφοσ

=== words only
$ tokenize -s -w
< Hello, world! It's 5:30 :) #tag
> Hello world It's 5:30

# --- output formats ------------------------------------------------------

=== default: one token per line, no blank lines
$ tokenize
< Hello, world!
<
< Bye.
> Hello
> ,
> world
> !
> Bye
> .

=== -s keeps empty lines and one line per input line
$ tokenize -s
< Hello, world!
<
<    
< Bye.
> Hello , world !
>
>
> Bye .

=== types of every kind
$ tokenize --types
< Hi 42 , $ https://a.org a@b.org #tag @me 👍
> Hi	word
> 42	number
> ,	punct
> $	symbol
> https://a.org	url
> a@b.org	email
> #tag	hashtag
> @me	mention
> 👍	emoji

=== types short option, hyphenated number word
$ tokenize -t
< 45-year-old 10-20 5th
> 45-year-old	word
> 10-20	number
> 5th	number

=== offsets are byte offsets in the input stream, across lines
$ tokenize --offsets
< ab cé
< d
> ab	0	2
> cé	3	6
> d	7	8

=== types and offsets together
$ tokenize --types --offsets
< x.
> x	word	0	1
> .	punct	1	2

=== --words drops punctuation, symbols, urls and emoji
$ tokenize --words
< Hi, it's 5 o'clock 👍 https://x.org !
> Hi
> it's
> 5
> o'clock

=== -z: NUL-terminated records in and out
$ printf 'a b\0c\0' | tokenize -z -s | od -An -c | tr -s ' '
>  a b \0 c \0

=== -z default mode ends each token with NUL
$ printf 'a b' | tokenize -z | od -An -c | tr -s ' '
>  a \0 b \0

=== last line without newline
$ printf 'one two' | tokenize -s
> one two

=== CRLF line ends
$ printf 'a b\r\nc\r\n' | tokenize -s
> a b
> c

=== several files read as one stream
$ printf 'a\n' > $T/1; printf 'b\n' > $T/2; tokenize -s $T/1 - $T/2 < /dev/null
> a
> b

=== sample article: no token contains white space, none is empty
$ tokenize sample-article.txt | grep -c -e '^$' -e ' ' -e '	'
> 0
? 1

=== sample article: idempotent in both modes
$ tokenize sample-article.txt > $T/a; tokenize $T/a > $T/b; cmp $T/a $T/b && echo same
$ tokenize -s sample-article.txt > $T/c; tokenize -s $T/c > $T/d; cmp $T/c $T/d && echo same
> same
> same

=== sample article: -s and default give the same tokens
$ tokenize sample-article.txt > $T/a; tokenize -s sample-article.txt | tr ' ' '\n' | grep -v '^$' > $T/b; cmp $T/a $T/b && echo same
> same

=== latin1 input through --encoding
$ printf 'caf\351 cr\350me\n' | tokenize -s --encoding=latin1
> café crème

=== invalid UTF-8 is replaced (U+FFFD is a token of its own) and warned about
$ printf 'a\377b c\n' | tokenize -s
> a � b c
! invalid

=== long line without white space is cut, nothing lost
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "abcdefghij"; print "" }' | tokenize | tr -d '\n' | wc -c
> 3000000

=== long line with spaces gives the same tokens as short lines
$ awk 'BEGIN { for (i = 0; i < 200000; i++) printf "word%d, ", i % 7; print "" }' | tokenize | sort | uniq -c | awk '{print $1, $2}' | sort -k2
> 200000 ,
> 28572 word0
> 28572 word1
> 28572 word2
> 28571 word3
> 28571 word4
> 28571 word5
> 28571 word6

# --- options and errors --------------------------------------------------

=== help lists the options
$ tokenize --help | grep -c -e --space-separated -e --words -e --types -e --offsets -e --lower -e --casefold -e --split-contractions -e --split-hyphens -e --uax29
> 9

=== version
$ tokenize --version | sed "1s/ $(cat "$TK_TOP/VERSION")\$/ VERSION/" | grep -v -e "^word segmentation: " -e "^stemming: " | sed -e 's/^Unicode [0-9][0-9.]* (character properties: .*)$/Unicode X.Y.Z (character properties: LIB)/' -e 's/^Unicode [0-9][0-9.]* (sentence/Unicode X.Y.Z (sentence/'
> tokenize (textkit) VERSION
> Unicode X.Y.Z (character properties: LIB)
> Copyright (C) 2026 the textkit authors.
> License MIT: <https://opensource.org/license/mit>.
> This is free software: you are free to change and redistribute it.
> There is NO WARRANTY, to the extent permitted by law.

=== version names the word segmenters, or none
$ tokenize --version | sed -n '/^word segmentation:/s/:.*//p'
> word segmentation

=== -s with --types is a usage error
$ tokenize -s --types
! --types and --offsets need one token per line
! Try 'tokenize --help'
? 2

=== unknown option
$ tokenize --bogus
!*
? 2

=== unreadable file is reported, the others are processed
$ printf 'ok\n' > $T/1; tokenize $T/nope $T/1
> ok
! nope
? 1

=== write error on full disk
$ echo hello | tokenize > /dev/full
! write error
? 1

=== empty input gives no output
$ tokenize < /dev/null

=== long line separated only by no-break spaces: cut at white space, no word split
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "w\303\266rd\302\240"; print "" }' | tokenize | sort | uniq -c | awk '{print $1, $2}'
> 300000 wörd

=== lower-case words only, ready for counting
$ tokenize -w --lower
< The THE the, Ünïcode!
> the
> the
> the
> ünïcode

=== types of Penn Treebank pieces
$ tokenize -t --split-contractions
< don't parents'
> do	word
> n't	word
> parents	word
> '	punct

=== uax29 with types
$ tokenize -t --uax29
< $5 a.b
> $	symbol
> 5	number
> a.b	word

=== emoticon and punctuation-run types
$ tokenize -t
< ok :) ... $$$
> ok	word
> :)	symbol
> ...	punct
> $$$	symbol

=== abbreviations from the shared list: a number after "No." and "figs."
$ tokenize -s
< No. 1 and no. 2; see figs. 3-4, p. 12 and Vol. 2.
> No. 1 and no. 2 ; see figs. 3-4 , p. 12 and Vol. 2 .

=== an abbreviation that is also a word ends a sentence as a word
$ tokenize -s
< Take a lump of figs. And they said no. Then said I. Are you ill. The end.
> Take a lump of figs . And they said no . Then said I . Are you ill . The end .

=== initials keep their period before a name, not at a sentence end
$ tokenize -s
< J. R. R. Tolkien wrote it. Plan B. The sun. And Ms. Smith, Mme. Curie.
> J. R. R. Tolkien wrote it . Plan B . The sun . And Ms. Smith , Mme. Curie .

=== a context abbreviation alone on its line is read back whole
$ tokenize
< No. 1
> No.
> 1
$ printf 'No.\n1\n' | tokenize
> No.
> 1

=== a context abbreviation alone on the last line of a paragraph is a word and a period
$ printf 'whether they will walk in my law, or\nno.\n\n16:5 And it\n' | tokenize -s
> whether they will walk in my law , or
> no .
>
> 16:5 And it
$ printf 'or\nno.\n \t\nx\n' | tokenize -s
> or
> no .
>
> x
$ printf 'or\nNo.' | tokenize
> or
> No
> .
$ printf 'or\n  no.  \n' | tokenize
> or
> no
> .
$ printf 'or\nno.\nThen\n' | tokenize
> or
> no.
> Then
$ printf 'or\0no.\0\0x\0' | tokenize -z | tr '\0' '|'; echo
> or|no|.|x|
$ printf 'No. 5\n\nsaid no.\n' | tokenize | tokenize
> No.
> 5
> said
> no
> .

=== the end of a file is the end of a paragraph; a lone U.S. stays an abbreviation
$ printf 'or\nno.\n' > $T/a.txt; printf '5 x\n' > $T/b.txt; tokenize $T/a.txt $T/b.txt
> or
> no
> .
> 5
> x
$ printf 'U.S.\n\n' | tokenize
> U.S.

=== abbreviations in capitals and after the first letter
$ tokenize -s
< MR. SMITH, ETC. and dR. x
> MR. SMITH , ETC. and dR. x

=== sentence-split and tokenize agree on the shared list
$ printf 'It is No. 5 on Ave. B in the U.S. today. He said no. The end.\n' | sentence-split
> It is No. 5 on Ave. B in the U.S. today.
> He said no.
> The end.

=== emoticons are not found in runs of brackets
$ tokenize -s
< ;)) (:) :) x;)) ;-) :((
> ; ) ) ( :) :) x ; ) ) ;-) : ( (

=== a file name with an extension stays whole
$ tokenize -s
< 1811.jpg Bubo.JPG 2020.PNG in 2019.The 3.a 1.5 IMG.jpeg.
> 1811.jpg Bubo.JPG 2020.PNG in 2019 . The 3 . a 1.5 IMG.jpeg .

=== a URL ends at a bracket it did not open, and before < > "
$ tokenize -s
< [www.example.ca](http://www.example.ca) (see http://x.org/a_(b)) <http://x.org/a>, "http://x.org/q".
> [ www.example.ca ] ( http://www.example.ca ) ( see http://x.org/a_(b) ) < http://x.org/a > , " http://x.org/q " .

=== -l: the language's abbreviations, as sentence-split has them
$ printf 'Das ist d.h. gut, usw. und Nr. 5 vom Hr. Weber.\n' | tokenize -s -l de
$ printf '1999 \320\263. \320\262 X\n' | tokenize -s -l ru
$ printf 'voir p. 5 etc.\n' | tokenize -s -l fr
> Das ist d.h. gut , usw. und Nr. 5 vom Hr. Weber .
> 1999 г. в X
> voir p. 5 etc.

=== -l: a spaced abbreviation keeps each period, parts apart or whole
$ tokenize -s -l de
< Das ist z. B. gut, d. h. schön, u. a. hier. Z. B. so. Plan z. Er kam.
> Das ist z. B. gut , d. h. schön , u. a. hier . Z. B. so . Plan z . Er kam .

=== spaced abbreviations in Russian, French, Spanish, Swedish, English
$ printf 'Это т. е. тест и т. д. Потом.\n' | tokenize -s -l ru
$ printf "C'est p. ex. un test.\n" | tokenize -s -l fr
$ printf 'Vive en EE. UU. y p. ej. en Perú.\n' | tokenize -s -l es
$ printf 'Det finns t. ex. bl. a. Stockholm.\n' | tokenize -s -l sv
$ printf 'Fruit, e. g. apples, i. e. food.\n' | tokenize -s
> Это т. е. тест и т. д. Потом .
> C'est p. ex. un test .
> Vive en EE. UU. y p. ej. en Perú .
> Det finns t. ex. bl. a. Stockholm .
> Fruit , e. g. apples , i. e. food .

=== the parts of a spaced abbreviation, one per line, read back whole
$ printf 'z. B. ja\n' | tokenize -l de | tokenize -l de
> z.
> B.
> ja
$ printf 'z.\nB.\n' | tokenize -s -l de
> z.
> B.
$ printf 'z. B.\n' | tokenize -l de | tokenize -l de
> z.
> B.

=== a part elsewhere is a word and a period
$ printf 'Plan a. Then e. And.\n' | tokenize -s
> Plan a . Then e . And .

=== --abbrev: a spaced entry from a file
$ printf 'v. Chr.\n' > $T/ab; printf 'um 50 v. Chr. lebte er. Plan v. Er\n' | tokenize -s -l de --abbrev=$T/ab
> um 50 v. Chr. lebte er . Plan v . Er

=== a state or day listed capitalised is a word in lower case
$ tokenize -s
< Noah built the ark. And Ark. 5, wash. Wash. 3, the sun. Sun. 4
> Noah built the ark . And Ark. 5 , wash . Wash. 3 , the sun . Sun. 4

=== -l sv and -l fi keep a colon between letters, as UAX 29 does
$ printf 'God:for S:t t.ex. bra\n' | tokenize -s -l sv
$ printf 'EU:n ja USA:ssa\n' | tokenize -s -l fi
$ printf 'EU:n ja USA:ssa\n' | tokenize -s
> God:for S:t t.ex. bra
> EU:n ja USA:ssa
> EU : n ja USA : ssa

=== -l: an unknown language is a usage error that lists the choices
$ tokenize -l xx < /dev/null
? 2
!*

=== --abbrev: more abbreviations from a file
$ printf 'Approx. title\nwk. num\nFoo. word\n' > $T/ab; printf 'every wk. 3 and wk. The Foo. 7 foo.\n' | tokenize -s --abbrev=$T/ab
> every wk. 3 and wk . The Foo. 7 foo .

=== --abbrev: a missing or malformed file is an error
$ cd $T && tokenize --abbrev=missing < /dev/null
? 1
! tokenize: missing: No such file or directory
$ cd $T && printf 'Foo bar\n' > bad && tokenize --abbrev=bad < /dev/null
? 1
! tokenize: bad:1: malformed abbreviation entry

=== --format=jsonl: one object a token, its type and byte offsets (the --types and --offsets values)
$ printf 'Hi, "you"\tx\\y\n\nNo. 2 here.\n' > $T/in
$ tokenize --format=jsonl $T/in
$ tokenize --types --offsets $T/in | awk -F '\t' '{ printf "%s %s %s\n", $2, $3, $4 }' > $T/cols
$ tokenize --format=jsonl $T/in | python3 -c 'import json,sys; [print(o["type"], o["start"], o["end"]) for o in map(json.loads, sys.stdin)]' | cmp - $T/cols && echo same columns
> {"token":"Hi","type":"word","start":0,"end":2}
> {"token":",","type":"punct","start":2,"end":3}
> {"token":"\"","type":"punct","start":4,"end":5}
> {"token":"you","type":"word","start":5,"end":8}
> {"token":"\"","type":"punct","start":8,"end":9}
> {"token":"x","type":"word","start":10,"end":11}
> {"token":"\\","type":"punct","start":11,"end":12}
> {"token":"y","type":"word","start":12,"end":13}
> {"token":"No.","type":"word","start":15,"end":18}
> {"token":"2","type":"number","start":19,"end":20}
> {"token":"here","type":"word","start":21,"end":25}
> {"token":".","type":"punct","start":25,"end":26}
> same columns

=== --format=jsonl writes tokens as -w, --casefold and --stem make them, with the offsets of the text
$ printf 'The Cats, RAN\n' | tokenize --format=jsonl -w --casefold
> {"token":"the","type":"word","start":0,"end":3}
> {"token":"cats","type":"word","start":4,"end":8}
> {"token":"ran","type":"word","start":10,"end":13}

=== --format=jsonl ends each object with LF, also under -z
$ printf 'a b\000c\000' | tokenize -z --format=jsonl
> {"token":"a","type":"word","start":0,"end":1}
> {"token":"b","type":"word","start":2,"end":3}
> {"token":"c","type":"word","start":4,"end":5}

=== --format=jsonl with -s is a usage error
$ tokenize --format=jsonl -s </dev/null
? 2
! --format=jsonl writes one token a line: not with -s

=== --format=jsonl with --types or --offsets is a usage error
$ tokenize --format=jsonl --offsets </dev/null
? 2
! no --types or --offsets

=== --format takes tsv (the default) or jsonl
$ tokenize --format=xml </dev/null
? 2
! valid values are: 'tsv', 'jsonl'

=== --format=tsv is the default output
$ echo 'a b' | tokenize --format=tsv --types
> a	word
> b	word

=== a spaced abbreviation's last part before a hyphen, U+2010 too, is a word and a period (alone it would be)
$ printf 'en EE. UU.-u y EE. UU.\342\200\220u\n' | tokenize -s -l es
> en EE. UU . - u y EE. UU . ‐ u
