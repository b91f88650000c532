# tokenize: words in scripts written without spaces (Han, kana, Thai,
# Lao, Khmer, Myanmar) from the dictionary segmenters of the build.
# Sentences and their words written and checked by hand for these
# tests.  A case names the segmenter it needs ("~ MeCab"); without it
# the case is skipped.  The fallback (no segmenter: one word per
# character, one warning) is in tokenize.t and tests/dictseg/.

# --- Chinese (ICU's dictionary and the two rules of lib/text/dictseg.c)

=== chinese simplified
~ ICU
$ tokenize -s
< 我们明天去北京开会。
> 我们 明天 去 北京 开会 。

=== chinese particle de is a word of its own
~ ICU
$ tokenize -s
< 他的朋友在大学学习中文。
> 他 的 朋友 在 大学 学习 中文 。

=== chinese traditional, demonstrative and measure word apart
~ ICU
$ tokenize -s
< 這個城市有很多歷史建築。
> 這 個 城市 有 很多 歷史 建築 。

=== chinese numeral and measure word apart
~ ICU
$ tokenize -s
< 北京大学是一所著名的大学。
> 北京 大学 是 一 所 著名 的 大学 。

=== chinese words one per line with types and byte offsets
~ ICU
$ tokenize --types --offsets
< 我们去北京
> 我们	word	0	6
> 去	word	6	9
> 北京	word	9	15

# --- Japanese (MeCab with IPADIC) --------------------------------------

=== japanese place and verb
~ MeCab
$ tokenize -s
< 東京都に住んでいます。
> 東京 都 に 住ん で い ます 。

=== japanese katakana loan word
~ MeCab
$ tokenize -s
< 私は毎朝コーヒーを飲みます。
> 私 は 毎朝 コーヒー を 飲み ます 。

=== japanese negative polite
~ MeCab
$ tokenize -s
< 日本語の文章には空白がありません。
> 日本語 の 文章 に は 空白 が あり ませ ん 。

=== japanese numbers stay textkit's
~ MeCab
$ tokenize -s
< 2011年3月11日に地震が起きた。
> 2011 年 3 月 11 日 に 地震 が 起き た 。

=== japanese after a latin word
~ MeCab
$ tokenize -s
< iPhoneを買った
> iPhone を 買っ た

# --- Thai (libthai) ------------------------------------------------------

=== thai no spaces between words
~ libthai
$ tokenize -s
< ภาษาไทยไม่มีช่องว่างระหว่างคำ
> ภาษา ไทย ไม่ มี ช่องว่าง ระหว่าง คำ

=== thai food
~ libthai
$ tokenize -s
< ฉันชอบกินข้าวผัด
> ฉัน ชอบ กิน ข้าว ผัด

=== thai words and thai digits typed
~ libthai
$ tokenize -t
< ภาษาไทย ๒๕๖๗ 2024
> ภาษา	word
> ไทย	word
> ๒๕๖๗	number
> 2024	number

=== thai repetition mark is a word of its own, written with or without a space
~ libthai
$ tokenize -s
< เด็กๆ ชอบเล่นกัน
< เด็ก ๆ ชอบเล่นกัน
> เด็ก ๆ ชอบ เล่น กัน
> เด็ก ๆ ชอบ เล่น กัน

=== thai "etc." is one word, with or without spaces around it; the abbreviation mark alone stays on its word
~ libthai
$ tokenize -s
< ผลไม้ เช่น กล้วย ส้ม ฯลฯ
< ส้มฯลฯและ
< ไปกรุงเทพฯ
> ผลไม้ เช่น กล้วย ส้ม ฯลฯ
> ส้ม ฯลฯ และ
> ไป กรุงเทพฯ

=== thai abbreviations keep their periods: one consonant, or groups joined by periods; a word of consonants does not
~ libthai
$ tokenize -s
< เกิดเมื่อ 5 ก.พ. พ.ศ. 2500 ที่ จ.เชียงใหม่ ร.ต.อ.สมศักดิ์ ขับรถ.
> เกิด เมื่อ 5 ก.พ. พ.ศ. 2500 ที่ จ. เชียงใหม่ ร.ต.อ. สม ศักดิ์ ขับ รถ .

=== thai abbreviation periods, with or without a segmenter
$ tokenize -s
< พ.ศ. 2560 ก.พ.
> พ.ศ. 2560 ก.พ.

# --- Lao, Khmer, Myanmar (ICU) -------------------------------------------

=== lao and khmer repetition marks are words of their own
~ ICU
$ tokenize -s
< ໄປໆມາໆ
< ក្មេងៗលេង
> ໄປ ໆ ມາ ໆ
> ក្មេង ៗ លេង

=== lao
~ ICU
$ tokenize -s
< ພາສາລາວເປັນພາສາທີ່ສວຍງາມ
> ພາສາ ລາວ ເປັນ ພາສາ ທີ່ ສວຍງາມ

=== lao country
~ ICU
$ tokenize -s
< ປະເທດລາວ
> ປະເທດ ລາວ

=== khmer
~ ICU
$ tokenize -s
< ខ្ញុំស្រលាញ់កម្ពុជា
> ខ្ញុំ ស្រលាញ់ កម្ពុជា

=== khmer country
~ ICU
$ tokenize -s
< ប្រទេសកម្ពុជា
> ប្រទេស កម្ពុជា

=== myanmar
~ ICU
$ tokenize -s
< ကျွန်တော်ကျောင်းသွားတယ်
> ကျွန်တော် ကျောင်း သွား တယ်

=== myanmar book
~ ICU
$ tokenize -s
< ကျွန်တော်စာအုပ်ဖတ်တယ်
> ကျွန်တော် စာအုပ် ဖတ် တယ်

# --- mixed scripts and the other tools -----------------------------------

=== a word never spans a script change
~ ICU
$ tokenize -s
< 東京Tower
> 東京 Tower

=== re-tokenizing mixed-script output changes nothing
~ ICU
$ printf '%s\n' '我们明天去北京开会。 東京都に住んでいます。iPhoneを買った' 'ภาษาไทยไม่มีช่องว่าง ພາສາລາວ ខ្ញុំស្រលាញ់កម្ពុជា မြန်မာ 東京Tower 1,000円' > $T/in
$ tokenize -s $T/in > $T/one
$ tokenize -s $T/one > $T/two
$ tokenize $T/in | tokenize -s > $T/three
$ cmp $T/one $T/two && tr '\n' ' ' < $T/three | tr -d ' ' > $T/a && tr -d ' \n' < $T/in > $T/b && cmp $T/a $T/b && echo same
> same

=== --uax29 keeps one word per character
~ ICU
$ tokenize -s --uax29
< 我们去北京
> 我 们 去 北 京

=== wordfreq counts the words
~ ICU
$ wordfreq
< 北京 北京大学
> 2	北京
> 1	大学

=== ngram counts word bigrams
~ ICU
$ ngram -n 2
< 我们去北京
> 1	去 北京
> 1	我们 去

=== ngram --chars counts characters within words
~ ICU
$ ngram --chars -n 2
< 北京
> 1	北京

=== sentence-split is unchanged
$ sentence-split
< 我们去北京。他们也去。
> 我们去北京。
> 他们也去。

=== chinese verb and complement wei/yu apart, lexicalised words whole
~ ICU
$ tokenize -s
< 他成為老師。公司位於北京。因為下雨，他由於生病沒來。
< 他成为老师。公司位于北京。因为下雨，他由于生病没来。
> 他 成 為 老師 。 公司 位 於 北京 。 因為 下雨 ， 他 由於 生病 沒來 。
> 他 成 为 老师 。 公司 位 于 北京 。 因为 下雨 ， 他 由于 生病 没 来 。

=== chinese yinci and zhiyi are two words
~ ICU
$ tokenize -s
< 因此這是其中之一。
> 因 此 這是 其中 之 一 。
