# sentence-split: one case per rule (see sentence-split(1)).  Each case:
# the input (< lines) and the sentences expected, one per line (> lines).
# Sections: basics, abbreviations, initials, numbers and times, ellipses,
# ? ! quotes and brackets, URLs and file names, line structure, other
# scripts, de fr es it pt nl ru, options, errors, the sample article.

=== two simple sentences
$ sentence-split
< Hello world. How are you?
> Hello world.
> How are you?

=== exclamation
$ sentence-split
< Stop! Go now.
> Stop!
> Go now.

=== question then statement
$ sentence-split
< Is it late? It is.
> Is it late?
> It is.

=== no final punctuation
$ sentence-split
< no punctuation at all
> no punctuation at all

=== empty input
$ sentence-split

=== only blank lines
$ sentence-split
<
<
<
<

=== leading and trailing space trimmed
$ sentence-split
<    Hello there.   
> Hello there.

=== internal white space squeezed
$ sentence-split
< A  lot	of    space. Next	 one.
> A lot of space.
> Next one.

=== three sentences one line
$ sentence-split
< One. Two. Three.
> One.
> Two.
> Three.

=== lowercase after abbreviation does not break
$ sentence-split
< We need pens, paper, etc. and more.
> We need pens, paper, etc. and more.

=== lowercase after initial does not break
$ sentence-split
< Plan B. was chosen.
> Plan B. was chosen.

=== lowercase after plain word starts a sentence
$ sentence-split
< i think so. they agree. ok
> i think so.
> they agree.
> ok

=== lowercase after number does not break
$ sentence-split
< It weighs 5. kg is the unit.
> It weighs 5. kg is the unit.

=== next terminator continues
$ sentence-split
< It ended . . . Then it began.
> It ended . . .
> Then it began.

=== comma after period does not break
$ sentence-split
< The value is 5., which is small.
> The value is 5., which is small.

=== title Mr.
$ sentence-split
< Mr. Smith arrived. He sat down.
> Mr. Smith arrived.
> He sat down.

=== title Mrs. and Ms.
$ sentence-split
< Mrs. Jones met Ms. Lee. They talked.
> Mrs. Jones met Ms. Lee.
> They talked.

=== title Dr.
$ sentence-split
< Ask Dr. Brown. She knows.
> Ask Dr. Brown.
> She knows.

=== title Gen.
$ sentence-split
< Gen. Patton spoke. Nobody moved.
> Gen. Patton spoke.
> Nobody moved.

=== title Sen.
$ sentence-split
< Sen. Warren voted no. The bill failed.
> Sen. Warren voted no.
> The bill failed.

=== title Prof.
$ sentence-split
< We met Prof. Ada Lovelace today.
> We met Prof. Ada Lovelace today.

=== ranks Pvt. Cpl. Pfc. and the company forms Pvt. Ltd. and Pte. Ltd., in any case
$ sentence-split
< Pvt. Ryan and Cpl. Upham landed. Pfc. Jones too. He works at Infosys Pvt. Ltd. in Pune. ABC PVT. LTD. is a firm. XYZ Pte. Ltd. hired him.
> Pvt. Ryan and Cpl. Upham landed.
> Pfc. Jones too.
> He works at Infosys Pvt. Ltd. in Pune.
> ABC PVT. LTD. is a firm.
> XYZ Pte. Ltd. hired him.

=== title before The is still a title
$ sentence-split
< It was written by Dr. The Great.
> It was written by Dr. The Great.

=== e.g. mid sentence
$ sentence-split
< Use a fruit, e.g. Apples or pears.
> Use a fruit, e.g. Apples or pears.

=== i.e. mid sentence
$ sentence-split
< The best one, i.e. Berlin, won.
> The best one, i.e. Berlin, won.

=== etc. ends sentence before starter
$ sentence-split
< We bought pens, paper, etc. The shop closed.
> We bought pens, paper, etc.
> The shop closed.

=== etc. mid sentence
$ sentence-split
< Pens, paper, etc. are on the desk.
> Pens, paper, etc. are on the desk.

=== vs. mid sentence
$ sentence-split
< It was Smith vs. Jones in court.
> It was Smith vs. Jones in court.

=== U.S. before noun
$ sentence-split
< The U.S. Army left. It rained.
> The U.S. Army left.
> It rained.

=== U.S. ends sentence before starter
$ sentence-split
< He lives in the U.S. The next day he left.
> He lives in the U.S.
> The next day he left.

=== U.K. and U.N.
$ sentence-split
< The U.K. and the U.N. Security Council met.
> The U.K. and the U.N. Security Council met.

=== No. before number
$ sentence-split
< Item No. 5 is gone. Look again.
> Item No. 5 is gone.
> Look again.

=== No. as a word
$ sentence-split
< She said No. Then she left.
> She said No.
> Then she left.

=== p. before page number
$ sentence-split
< See p. 12 for details. Thanks.
> See p. 12 for details.
> Thanks.

=== Fig. before number
$ sentence-split
< As Fig. 3 shows, it works.
> As Fig. 3 shows, it works.

=== month abbreviation
$ sentence-split
< It opened on Jan. 5, 2020. Few came.
> It opened on Jan. 5, 2020.
> Few came.

=== month abbreviation before year
$ sentence-split
< Since Sept. 2019 prices rose.
> Since Sept. 2019 prices rose.

=== Inc. before starter
$ sentence-split
< He works at Acme Inc. The firm is big.
> He works at Acme Inc.
> The firm is big.

=== Inc. mid sentence
$ sentence-split
< Acme Inc. Chairman Bob quit.
> Acme Inc. Chairman Bob quit.

=== Corp. and Co.
$ sentence-split
< Acme Corp. and Foo Co. merged.
> Acme Corp. and Foo Co. merged.

=== Jr. ends sentence
$ sentence-split
< The winner was Sam Davis Jr. He was happy.
> The winner was Sam Davis Jr.
> He was happy.

=== St. in a name
$ sentence-split
< They live on St. Mark Street.
> They live on St. Mark Street.

=== Ph.D. mid sentence
$ sentence-split
< She got a Ph.D. Degree in 2001.
> She got a Ph.D. Degree in 2001.

=== Ph.D. before starter
$ sentence-split
< She has a Ph.D. It took six years.
> She has a Ph.D.
> It took six years.

=== abbreviation with capital first letter
$ sentence-split
< Etc. The list goes on.
> Etc.
> The list goes on.

=== cf. mid sentence
$ sentence-split
< See the report (cf. Smith 2001) for more.
> See the report (cf. Smith 2001) for more.

=== approx. before number
$ sentence-split
< It costs approx. 5 dollars.
> It costs approx. 5 dollars.

=== state abbreviation
$ sentence-split
< He moved to Calif. Last year he left.
> He moved to Calif. Last year he left.

=== state abbreviation then starter
$ sentence-split
< He moved to Calif. He liked it.
> He moved to Calif.
> He liked it.

=== unknown word with period breaks
$ sentence-split
< He ate a sandwich. Bread was fresh.
> He ate a sandwich.
> Bread was fresh.

=== initials J. R. R. Tolkien
$ sentence-split
< J. R. R. Tolkien wrote books. They sold.
> J. R. R. Tolkien wrote books.
> They sold.

=== middle initial
$ sentence-split
< Jennifer M. Anderson was nominated.
> Jennifer M. Anderson was nominated.

=== initial then starter breaks
$ sentence-split
< He chose plan B. The rest agreed.
> He chose plan B.
> The rest agreed.

=== initials without spaces
$ sentence-split
< J.R.R. Tolkien was born in 1892.
> J.R.R. Tolkien was born in 1892.

=== initial at the end of text
$ sentence-split
< The answer is B.
> The answer is B.

=== George W. Bush
$ sentence-split
< President George W. Bush spoke. He left.
> President George W. Bush spoke.
> He left.

=== p.m. mid sentence
$ sentence-split
< We meet at 3 p.m. on Monday.
> We meet at 3 p.m. on Monday.

=== p.m. ends sentence before starter
$ sentence-split
< We meet at 3 p.m. The room is booked.
> We meet at 3 p.m.
> The room is booked.

=== a.m. before name
$ sentence-split
< At 9 a.m. Smith called.
> At 9 a.m. Smith called.

=== decimal number
$ sentence-split
< Pi is 3.14159. It is irrational.
> Pi is 3.14159.
> It is irrational.

=== money
$ sentence-split
< It costs $1.50. That is cheap.
> It costs $1.50.
> That is cheap.

=== footnote marker stays with its sentence
$ sentence-split
< He was born in 1788. [6] He died young.
> He was born in 1788. [6]
> He died young.

=== footnote range stays with its sentence
$ sentence-split
< It is known [1]. [2]–[4] Next one.
> It is known [1]. [2]–[4]
> Next one.

=== bracket that is no footnote
$ sentence-split
< See above. [Note: none] Done.
> See above.
> [Note: none] Done.

=== version string
$ sentence-split
< Install version 2.0.1 today. It is stable.
> Install version 2.0.1 today.
> It is stable.

=== IP address
$ sentence-split
< Ping 192.168.0.1 now. Then wait.
> Ping 192.168.0.1 now.
> Then wait.

=== number ends sentence (en)
$ sentence-split
< He was born in 1990. He grew up fast.
> He was born in 1990.
> He grew up fast.

=== small number ends sentence (en)
$ sentence-split
< The score was 3. Nobody cheered.
> The score was 3.
> Nobody cheered.

=== sentence ends before digit
$ sentence-split
< He was born in 1990. 45 people came.
> He was born in 1990.
> 45 people came.

=== thousands separator
$ sentence-split
< About 1,000.5 tons. It is heavy.
> About 1,000.5 tons.
> It is heavy.

=== percent
$ sentence-split
< Sales rose 4.5%. Profits fell.
> Sales rose 4.5%.
> Profits fell.

=== time with colon
$ sentence-split
< Meet at 10:30. Bring food.
> Meet at 10:30.
> Bring food.

=== date with dots
$ sentence-split
< Due 12.03.2024 at noon.
> Due 12.03.2024 at noon.

=== ellipsis mid sentence
$ sentence-split
< I was thinking... maybe not.
> I was thinking... maybe not.

=== ellipsis final before capital
$ sentence-split
< I was thinking... Then I stopped.
> I was thinking...
> Then I stopped.

=== unicode ellipsis mid sentence
$ sentence-split
< It smells like… nothing.
> It smells like… nothing.

=== unicode ellipsis final
$ sentence-split
< Wait… Now go.
> Wait…
> Now go.

=== ellipsis at end
$ sentence-split
< And so on...
> And so on...

=== four dots
$ sentence-split
< It ended.... Then silence.
> It ended....
> Then silence.

=== ellipsis inside word
$ sentence-split
< wait...what happened
> wait...what happened

=== ?! combination
$ sentence-split
< What?! No way.
> What?!
> No way.

=== repeated exclamation
$ sentence-split
< Wow!!! Great.
> Wow!!!
> Great.

=== repeated question
$ sentence-split
< Why??? Because.
> Why???
> Because.

=== question in quotes then lowercase
$ sentence-split
< "Really?" she asked.
> "Really?" she asked.

=== exclamation in curly quotes then lowercase
$ sentence-split
< “Stop!” he shouted.
> “Stop!” he shouted.

=== closing curly quote after period
$ sentence-split
< He said “It is over.” Then he left.
> He said “It is over.”
> Then he left.

=== closing straight quote after period
$ sentence-split
< He said "It is over." Then he left.
> He said "It is over."
> Then he left.

=== closing single quote
$ sentence-split
< She wrote ‘the end.’ Nothing followed.
> She wrote ‘the end.’
> Nothing followed.

=== closing parenthesis after period
$ sentence-split
< (This is an aside.) The text goes on.
> (This is an aside.)
> The text goes on.

=== question inside parentheses
$ sentence-split
< He left (why?) and never came back.
> He left (why?) and never came back.

=== exclamation inside brackets
$ sentence-split
< The result [sic!] was wrong.
> The result [sic!] was wrong.

=== next sentence opens with quote
$ sentence-split
< He paused. “Why?” she asked.
> He paused.
> “Why?” she asked.

=== next sentence opens with parenthesis
$ sentence-split
< That was all. (Or so we thought.)
> That was all.
> (Or so we thought.)

=== quote spanning two sentences
$ sentence-split
< “It was oil. Now it is hydrogen.”
> “It was oil.
> Now it is hydrogen.”

=== guillemets
$ sentence-split -l fr
< Il a dit «Non.» Puis il est parti.
> Il a dit «Non.»
> Puis il est parti.

=== exclamation then dash
$ sentence-split
< Stop! — he cried.
> Stop! — he cried.

=== question then comma
$ sentence-split
< Who? , he asked
> Who? , he asked

=== question then lowercase breaks
$ sentence-split
< where did you grow up? india? really
> where did you grow up?
> india?
> really

=== exclamation in parentheses then lowercase
$ sentence-split
< He won (again!) and left.
> He won (again!) and left.

=== interrobang
$ sentence-split
< Really‽ Yes.
> Really‽
> Yes.

=== url with dots
$ sentence-split
< Visit www.example.com for more. Thanks.
> Visit www.example.com for more.
> Thanks.

=== url at end of sentence
$ sentence-split
< Go to https://example.org/a/b.html. Then read.
> Go to https://example.org/a/b.html.
> Then read.

=== url with query
$ sentence-split
< See http://x.org/?q=1&r=2 now. Bye.
> See http://x.org/?q=1&r=2 now.
> Bye.

=== email address
$ sentence-split
< Write to jane.doe@example.com today. Thanks.
> Write to jane.doe@example.com today.
> Thanks.

=== file name
$ sentence-split
< Open config.yaml and edit it. Save.
> Open config.yaml and edit it.
> Save.

=== file name at end
$ sentence-split
< Edit the file main.c. Then build.
> Edit the file main.c.
> Then build.

=== domain name
$ sentence-split
< Amazon.com Inc. reported earnings.
> Amazon.com Inc. reported earnings.

=== hard-wrapped lines joined
$ sentence-split
< This sentence is
< wrapped over
< three lines.
> This sentence is wrapped over three lines.

=== blank line ends sentence
$ sentence-split
< First paragraph without stop
<
< Second paragraph.
> First paragraph without stop
> Second paragraph.

=== headline then blank line
$ sentence-split
< Big News Today
<
< The city voted.
> Big News Today
> The city voted.

=== byline then blank line
$ sentence-split
< By Jane Smith
<
< The city voted. It rained.
> By Jane Smith
> The city voted.
> It rained.

=== markdown heading is a unit
$ sentence-split
< # Title
< Text follows here.
> # Title
> Text follows here.

=== level two heading
$ sentence-split
< ## Section two
< Body text.
> ## Section two
> Body text.

=== dash list items
$ sentence-split
< Fruits:
< - apples
< - pears
< Done.
> Fruits:
> - apples
> - pears
> Done.

=== star list items
$ sentence-split
< * one
< * two
> * one
> * two

=== plus list items
$ sentence-split
< + one
< + two
> + one
> + two

=== numbered list
$ sentence-split
< 1. First item
< 2. Second item
< 10. Tenth item
> 1. First item
> 2. Second item
> 10. Tenth item

=== numbered list with parenthesis
$ sentence-split
< 1) alpha
< 2) beta
> 1) alpha
> 2) beta

=== block quote lines
$ sentence-split
< > To be or not
< > to be
> > To be or not
> > to be

=== bullet character
$ sentence-split
< • first point
< • second point
> • first point
> • second point

=== list item with two sentences
$ sentence-split
< - One. Two.
< - Three.
> - One.
> Two.
> - Three.

=== wrapped line ending with abbreviation
$ sentence-split
< He met Mr.
< Smith at noon.
> He met Mr. Smith at noon.

=== sentence ends at line end
$ sentence-split
< It ended.
< The next began.
> It ended.
> The next began.

=== whitespace-only line is blank
$ sentence-split
< One
<    	
< Two
> One
> Two

=== CRLF line ends
$ sentence-split
< Line one
< line two.
< 
< Next.
<
> Line one line two.
> Next.

=== indented continuation joined
$ sentence-split
< This is
<     indented text.
> This is indented text.

=== heading in the middle
$ sentence-split
< Some text.
< ## Heading
< More text.
> Some text.
> ## Heading
> More text.

=== year at line start is not a list
$ sentence-split
< It was in
< 1990 that we met.
> It was in 1990 that we met.

=== dash inside a line is no list
$ sentence-split
< Word - another word.
> Word - another word.

# --lines: line breaks inside a paragraph (auto signals L0-L7, join, split)

=== lines auto: a long line is not wrapped (L1)
$ sentence-split
< Most U.S. troops kicked out for misconduct had mental illness: study
< WASHINGTON (Reuters) - A majority of U.S. troops discharged for misconduct had been diagnosed with an illness.
> Most U.S. troops kicked out for misconduct had mental illness: study
> WASHINGTON (Reuters) - A majority of U.S. troops discharged for misconduct had been diagnosed with an illness.

=== lines auto: a lowercase start continues (L3)
$ sentence-split
< The committee met on Thursday morning and the chairman spoke
< about the plan before the vote.
> The committee met on Thursday morning and the chairman spoke about the plan before the vote.

=== lines auto: a comma at the line end continues (L2)
$ sentence-split
< Best regards,
< Jane Smith
> Best regards, Jane Smith

=== lines auto: a group of headings without punctuation (L4)
$ sentence-split
< Sponsor
< Get More Podcast Downloads
<
< Text follows.
> Sponsor
> Get More Podcast Downloads
> Text follows.

=== lines auto: a short line before a full one is a block (L6)
$ sentence-split
< Friday, June 26, 2009
< Enjoy the holiday with your family and friends this year.
> Friday, June 26, 2009
> Enjoy the holiday with your family and friends this year.

=== lines auto: a menu of short items
$ sentence-split
< In This Issue
< Calendar of Events
< New Economy
< Help Wanted
> In This Issue
> Calendar of Events
> New Economy
> Help Wanted

=== lines auto: a full line before a capitalised word is wrapped (L7)
$ sentence-split
< The committee met on Thursday morning and the chairman spoke with
< General Smith about the plan before the vote.
> The committee met on Thursday morning and the chairman spoke with General Smith about the plan before the vote.

=== lines auto: an abbreviation at the end of a block line
$ sentence-split
< Made in the U.S.
< Get yours today before the offer ends at the end of next month.
> Made in the U.S.
> Get yours today before the offer ends at the end of next month.

=== lines auto: an abbreviation at the end of a wrapped line
$ sentence-split
< The report was sent on Monday to the regulators in the U.S.
< Food and Drug Administration, which said it would reply.
> The report was sent on Monday to the regulators in the U.S. Food and Drug Administration, which said it would reply.

=== lines auto: the decision does not depend on where the input is cut
$ sentence-split --max-length=64
< Calendar of Events
< Enjoy the holiday with your family and friends this year.
> Calendar of Events
> Enjoy the holiday with your family and friends this year.

=== lines auto: table rows are units (L0)
$ sentence-split
< | Fruit | Count |
< | apples | 3 |
< | pears | 5 |
> | Fruit | Count |
> | apples | 3 |
> | pears | 5 |

=== lines auto: tab-separated cells are units (L0)
$ printf 'Name\tColour\nAnna\tred\nBob\tblue\n' | sentence-split
> Name Colour
> Anna red
> Bob blue

=== lines auto: an address (L5)
$ sentence-split
< 221 Baker St.
< London NW1 6XE
< United Kingdom
> 221 Baker St.
> London NW1 6XE
> United Kingdom

=== lines auto: a narrow wrapped sentence is joined
$ sentence-split
< It was a cold
< night in the city.
> It was a cold night in the city.

=== lines=join joins every line of a paragraph
$ sentence-split --lines=join
< In This Issue
< Calendar of Events
> In This Issue Calendar of Events

=== lines=split ends a sentence at every line end
$ sentence-split --lines=split
< This sentence is
< wrapped. Two.
> This sentence is
> wrapped.
> Two.

=== lines=split keeps abbreviations
$ sentence-split --lines=split
< He lives in the U.S. Food and Drug
< Administration building.
> He lives in the U.S. Food and Drug
> Administration building.

=== lines: bad value
$ sentence-split --lines=wrap
? 2
! invalid value 'wrap' for --lines

=== CJK full stop without space
$ sentence-split
< 今天很好。我们走吧。
> 今天很好。
> 我们走吧。

=== fullwidth question mark
$ sentence-split
< 你好吗？我很好。
> 你好吗？
> 我很好。

=== an opening bracket after a terminator opens the next sentence
$ sentence-split
< 本当？「はい」。真的吗？（是的。）He left.(See below.) Then he stopped.
> 本当？
> 「はい」。
> 真的吗？
> （是的。）
> He left.(See below.)
> Then he stopped.

=== a closing bracket then the Japanese quotative particle goes on; other text after it does not
$ sentence-split
< 「はい。」と彼は言った。「行く。」って言ったよ。「いいえ。」彼は去った。
> 「はい。」と彼は言った。
> 「行く。」って言ったよ。
> 「いいえ。」
> 彼は去った。

=== curly quotes open after a CJK terminator
$ sentence-split
< 他走了。“你好”是他说的。
> 他走了。
> “你好”是他说的。

=== an ASCII terminator between Han or kana ends a sentence without a space; not before Latin letters, nor a period before a digit
$ sentence-split
< 美味!組内外。本当?2008年に。基地..另外。Yahoo!ニュースを見た。何!abcです。百度.com很好。第1.5章。
> 美味!
> 組内外。
> 本当?
> 2008年に。
> 基地..
> 另外。
> Yahoo!ニュースを見た。
> 何!abcです。
> 百度.com很好。
> 第1.5章。

=== Devanagari danda
$ sentence-split
< यह अच्छा है। वह आया।
> यह अच्छा है।
> वह आया।

=== Arabic question mark
$ sentence-split
< كيف حالك؟ أنا بخير.
> كيف حالك؟
> أنا بخير.

=== Greek sentence
$ sentence-split
< Είναι καλά. Αύριο πάμε.
> Είναι καλά.
> Αύριο πάμε.

=== accented capital starts sentence
$ sentence-split -l fr
< Il pleut. À demain.
> Il pleut.
> À demain.

=== de ordinal date
$ sentence-split -l de
< Am 3. Oktober feiern wir. Das ist gut.
> Am 3. Oktober feiern wir.
> Das ist gut.

=== de ordinal before starter breaks
$ sentence-split -l de
< Er wurde 3. Dann gab er auf.
> Er wurde 3.
> Dann gab er auf.

=== de year ends sentence
$ sentence-split -l de
< Das war 1990. Heute ist alles anders.
> Das war 1990.
> Heute ist alles anders.

=== de z.B.
$ sentence-split -l de
< Viele Tiere, z.B. Hunde, schlafen viel.
> Viele Tiere, z.B. Hunde, schlafen viel.

=== de Dr. and Nr.
$ sentence-split -l de
< Dr. Müller wohnt in Nr. 5. Er ist nett.
> Dr. Müller wohnt in Nr. 5.
> Er ist nett.

=== de usw. before starter
$ sentence-split -l de
< Äpfel, Birnen usw. Die Liste ist lang.
> Äpfel, Birnen usw.
> Die Liste ist lang.

=== de bzw. mid sentence
$ sentence-split -l de
< Hunde bzw. Katzen sind Haustiere.
> Hunde bzw. Katzen sind Haustiere.

=== de noun after plain word breaks
$ sentence-split -l de
< Er kam spät. Hunde bellten.
> Er kam spät.
> Hunde bellten.

=== en has no ordinal rule
$ sentence-split
< He came in 3. October was cold.
> He came in 3.
> October was cold.

=== fr a closing guillemet after a space stays with its sentence; German's opening one starts the next
$ sentence-split -l fr
< « Bonjour ! » dit-il. « Non. » Elle partit. « Vraiment ? » Oui. Er ging. »Komm her«, sagte sie.
> « Bonjour ! » dit-il.
> « Non. »
> Elle partit.
> « Vraiment ? »
> Oui.
> Er ging.
> »Komm her«, sagte sie.

=== fr M. title
$ sentence-split -l fr
< M. Dupont est arrivé. Il a souri.
> M. Dupont est arrivé.
> Il a souri.

=== fr Mme title
$ sentence-split -l fr
< Mme. Curie travaille. Elle cherche.
> Mme. Curie travaille.
> Elle cherche.

=== fr etc. before starter
$ sentence-split -l fr
< Des pommes, des poires, etc. Le marché ferme.
> Des pommes, des poires, etc.
> Le marché ferme.

=== fr question with space before mark
$ sentence-split -l fr
< Vraiment ? Oui.
> Vraiment ?
> Oui.

=== fr J.-C.
$ sentence-split -l fr
< En 52 av. J.-C. César gagna.
> En 52 av. J.-C. César gagna.

=== es inverted question mark
$ sentence-split -l es
< Hola. ¿Cómo estás? Bien.
> Hola.
> ¿Cómo estás?
> Bien.

=== es inverted exclamation
$ sentence-split -l es
< Llegó tarde. ¡Qué pena!
> Llegó tarde.
> ¡Qué pena!

=== es Sr. title
$ sentence-split -l es
< El Sr. García vino. Luego se fue.
> El Sr. García vino.
> Luego se fue.

=== es EE.UU. mid sentence
$ sentence-split -l es
< Viajó a EE.UU. Después volvió.
> Viajó a EE.UU.
> Después volvió.

=== es pág. before number
$ sentence-split -l es
< Ver pág. 10 del libro.
> Ver pág. 10 del libro.

=== it Sig. title
$ sentence-split -l it
< Il Sig. Rossi è qui. Lui aspetta.
> Il Sig. Rossi è qui.
> Lui aspetta.

=== it Dott. title
$ sentence-split -l it
< La Dott. Bianchi parla. Poi esce.
> La Dott. Bianchi parla.
> Poi esce.

=== it ecc. before starter
$ sentence-split -l it
< Mele, pere ecc. Il mercato chiude.
> Mele, pere ecc.
> Il mercato chiude.

=== it pag. before number
$ sentence-split -l it
< Vedi pag. 7 per i dettagli.
> Vedi pag. 7 per i dettagli.

=== pt Sr. title
$ sentence-split -l pt
< O Sr. Silva chegou. Ele sorriu.
> O Sr. Silva chegou.
> Ele sorriu.

=== pt Dra. title
$ sentence-split -l pt
< A Dra. Costa operou. Depois descansou.
> A Dra. Costa operou.
> Depois descansou.

=== pt etc. before starter
$ sentence-split -l pt
< Maçãs, peras etc. Isso basta.
> Maçãs, peras etc.
> Isso basta.

=== pt pág. before number
$ sentence-split -l pt
< Veja pág. 3 do livro.
> Veja pág. 3 do livro.

=== nl dhr. title
$ sentence-split -l nl
< De dhr. Jansen kwam. Hij bleef.
> De dhr. Jansen kwam.
> Hij bleef.

=== nl bijv. mid sentence
$ sentence-split -l nl
< Veel dieren, bijv. Honden, slapen.
> Veel dieren, bijv. Honden, slapen.

=== nl enz. before starter
$ sentence-split -l nl
< Appels, peren enz. De markt sluit.
> Appels, peren enz.
> De markt sluit.

=== nl d.w.z. mid sentence
$ sentence-split -l nl
< Het werkt, d.w.z. Meestal.
> Het werkt, d.w.z. Meestal.

=== ru simple
$ sentence-split -l ru
< Это дом. Он большой.
> Это дом.
> Он большой.

=== ru т.е. mid sentence
$ sentence-split -l ru
< Город, т.е. Москва, большой.
> Город, т.е. Москва, большой.

=== ru г. before starter
$ sentence-split -l ru
< Это было в 1990 г. Он пришёл.
> Это было в 1990 г.
> Он пришёл.

=== ru initials
$ sentence-split -l ru
< А. С. Пушкин писал стихи.
> А. С. Пушкин писал стихи.

=== ru проф. title
$ sentence-split -l ru
< Проф. Иванов пришёл. Он сел.
> Проф. Иванов пришёл.
> Он сел.

# --- options
=== -p keeps an empty line between paragraphs
$ sentence-split -p
< One. Two.
<
< Three.
<
<
< Four.
> One.
> Two.
>
> Three.
>
> Four.

=== --paragraphs long form, no empty line at start or end
$ sentence-split --paragraphs
<
< One.
<
> One.

=== -z NUL-terminated output
$ printf 'One. Two.' | sentence-split -z | tr '\0' '|'; echo
> One.|Two.|

=== -z NUL in the input ends a sentence
$ printf 'No stop\0Next one. Last' | sentence-split -z | tr '\0' '|'; echo
> No stop|Next one.|Last|

=== -z with -p: NUL-separated records are paragraphs
$ printf 'One. Two.\0Three.\0' | sentence-split -z -p | tr '\0' '|'; echo
> One.|Two.||Three.|

=== --offsets gives byte start and end
$ sentence-split --offsets
< Hi there.  Next
< line.
> 0	9	Hi there.
> 11	21	Next line.

=== --offsets count bytes of UTF-8 text
$ sentence-split --offsets -l fr
< Ça va. Où?
> 0	7	Ça va.
> 8	12	Où?

=== --offsets count a CRLF as one byte
$ printf 'One.\r\nTwo.\r\n' | sentence-split --offsets
> 0	4	One.
> 5	9	Two.

=== --offsets do not count a UTF-8 byte-order mark
$ printf '\357\273\277One. Two.' | sentence-split --offsets
> 0	4	One.
> 5	9	Two.

=== --offsets with -z
$ printf 'A b.\0C d.\0' | sentence-split -z --offsets | tr '\0' '|'; echo
> 0	4	A b.|5	9	C d.|

=== --offsets across files
$ printf 'One.\n' > $T/a; printf 'Two.\n' > $T/b
$ sentence-split --offsets $T/a $T/b
> 0	4	One.
> 5	9	Two.

=== --uax29 has no abbreviation rule
$ sentence-split --uax29
< Mr. Smith left. He sat.
> Mr.
> Smith left.
> He sat.

=== --uax29 keeps SB8 (lowercase after a period)
$ sentence-split --uax29
< etc. and more. Done.
> etc. and more.
> Done.

=== --uax29 breaks at every line end
$ sentence-split --uax29
< wrapped
< line.
> wrapped
> line.

=== --uax29 with -p
$ sentence-split --uax29 -p
< A. B.
<
< C.
> A.
> B.
>
> C.

=== --uax29 --offsets
$ sentence-split --uax29 --offsets
< Go. Now!
> 0	3	Go.
> 4	8	Now!

=== --abbrev adds an abbreviation
$ printf 'Approx.\n' > $T/ab
$ sentence-split --abbrev=$T/ab
< It is Approx. Ten metres.
> It is Approx. Ten metres.

=== --abbrev adds a title and a starter
$ printf 'Capt. title\nWhereupon\n' > $T/ab
$ sentence-split --abbrev $T/ab
< He saw Capt. Hook at the U.S. Whereupon he ran.
> He saw Capt. Hook at the U.S.
> Whereupon he ran.

=== --abbrev file with comments and blank lines
$ printf '# my list\n\nFoo.   # trailing comment\n' > $T/ab
$ sentence-split --abbrev=$T/ab
< A Foo. Bar came.
> A Foo. Bar came.

=== --abbrev may be repeated
$ printf 'Foo.\n' > $T/a1; printf 'Bar.\n' > $T/a2
$ sentence-split --abbrev=$T/a1 --abbrev=$T/a2
< A Foo. Xyz and a Bar. Qrs met.
> A Foo. Xyz and a Bar. Qrs met.

=== --abbrev num kind
$ printf 'Tbl. num\n' > $T/ab
$ sentence-split --abbrev=$T/ab
< See Tbl. 4 below. Now Tbl. Nothing.
> See Tbl. 4 below.
> Now Tbl.
> Nothing.

=== --no-abbrev drops the built-in list
$ sentence-split --no-abbrev
< Ask Dr. Brown now.
> Ask Dr.
> Brown now.

=== --no-abbrev still splits initials as initials
$ sentence-split --no-abbrev
< J. Smith came.
> J. Smith came.

=== --language long form
$ sentence-split --language=de
< Am 1. Mai ist frei.
> Am 1. Mai ist frei.

=== --max-length cuts a long sentence
$ sentence-split --max-length=64
< aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt.
> aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll
> mmmm nnnn oooo pppp qqqq rrrr ssss tttt.

=== --max-length bounds a huge line without spaces
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "x"; print "" }' | sentence-split --max-length=100000 | awk '{ print length($0) }'
> 100000
> 100000
> 100000

=== a huge paragraph streams with the default limit
$ awk 'BEGIN { for (i = 0; i < 20000; i++) printf "word word word, "; print "end." }' | sentence-split | awk '{ n++; t += length($0) } END { print n, (t > 300000) }'
> 5 1

=== many sentences on one huge line
$ awk 'BEGIN { for (i = 0; i < 50000; i++) printf "Sentence %d here. ", i; print "" }' | sentence-split | sed -n '1p;50000p' 
> Sentence 0 here.
> Sentence 49999 here.

=== several files are one stream
$ printf 'One. Two\n' > $T/a; printf 'three.\n' > $T/b
$ sentence-split $T/a $T/b
> One.
> Two three.

=== - reads standard input
$ printf 'File.\n' > $T/a
$ echo 'Stdin.' | sentence-split $T/a -
> File.
> Stdin.

=== input without final newline
$ printf 'No newline. At end' | sentence-split
> No newline.
> At end

=== NUL is data without -z
$ printf 'A\0B. C.\n' | sentence-split | od -An -c | tr -s ' '
>  A \0 B . \n C . \n

=== UTF-8 BOM is dropped
$ printf '\357\273\277Hi. Yo.\n' | sentence-split
> Hi.
> Yo.

=== latin1 input with --encoding
$ printf 'Caf\351. Bon.\n' | sentence-split --encoding=latin1
> Café.
> Bon.

=== invalid UTF-8 is replaced with a warning
$ printf 'Bad \377 byte. Ok.\n' | sentence-split
> Bad � byte.
> Ok.
! invalid

=== --invalid=fail exits 1
$ printf 'Good. Bad \377.\n' | sentence-split --invalid=fail
? 1
! byte 10

=== no-break space is kept
$ printf 'It costs 5\302\240EUR. Fine.\n' | sentence-split
> It costs 5 EUR.
> Fine.

=== no-break spaces are trimmed at the edges
$ printf '\302\240\302\240Indented. Next.\302\240\n' | sentence-split --offsets
> 4	13	Indented.
> 14	19	Next.

=== hard-wrapped Chinese lines join without a space
$ printf '\344\273\212\345\244\251\n\345\276\210\345\245\275\343\200\202\n' | sentence-split
> 今天很好。

=== hard-wrapped Japanese and Latin keep the space
$ printf '\346\227\245\346\234\254\n\350\252\236 and\nmore\n' | sentence-split
> 日本語 and more

=== Unicode spaces are squeezed
$ printf 'A\342\200\203 b\343\200\200cat. Dog.\n' | sentence-split
> A b cat.
> Dog.

=== paragraph separator U+2029
$ printf 'One\342\200\251Two\n' | sentence-split -p
> One
>
> Two

# --- errors
=== unknown language
$ sentence-split -l xx
? 2
! invalid value 'xx' for --language

=== missing --abbrev file
$ sentence-split --abbrev=/nonexistent/list < /dev/null
? 1
! /nonexistent/list

=== malformed --abbrev entry
$ printf 'good.\n@bogus\n' > $T/ab
$ sentence-split --abbrev=$T/ab < /dev/null
? 1
! ab:2: malformed abbreviation entry

=== --max-length too small
$ sentence-split --max-length=10 < /dev/null
? 2
! --max-length

=== --max-length not a number
$ sentence-split --max-length=lots < /dev/null
? 2
! --max-length

=== unknown option
$ sentence-split --bogus
? 2
! Try 'sentence-split --help'

=== unreadable file is reported, others processed
$ printf 'Yes.\n' > $T/a
$ sentence-split /nonexistent $T/a
> Yes.
? 1
! /nonexistent

=== write error is reported
$ echo Hi. | sentence-split > /dev/full
? 1
! write error

=== --help lists every option
$ sentence-split --help | grep -c -e --language -e --abbrev -e --no-abbrev -e --paragraphs -e --offsets -e --uax29 -e --max-length -e --null
> 8

=== --version
$ sentence-split --version | sed "1s/ $(cat "$TK_TOP/VERSION")\$/ VERSION/" | sed -e 's/^Unicode [0-9][0-9.]* (character properties: .*)$/Unicode X.Y.Z (character properties: LIB)/' -e 's/^Unicode [0-9][0-9.]* (sentence/Unicode X.Y.Z (sentence/'
> sentence-split (textkit) VERSION
> Unicode X.Y.Z (character properties: LIB)
> Unicode X.Y.Z (sentence breaks: generated table)
> Copyright (C) 2026 the textkit authors.
> License MIT: <https://opensource.org/license/mit>.
> This is free software: you are free to change and redistribute it.
> There is NO WARRANTY, to the extent permitted by law.

=== help, man page and code list the same long options
$ cd "$TK_TOP"
$ h=$(sentence-split --help | grep -o -e '--[a-z0-9-]*' | sort -u)
$ m=$(sed -n '/^\.SH OPTIONS/,/^\.SH EXIT/p' man/sentence-split.1 | tr -d '\\' | grep -o -e '--[a-z0-9-]*' | sort -u)
$ c=$(grep -o '{ "[a-z0-9-]*", [^,]*, [a-z_]*_argument' tools/sentence-split.c | sed 's/{ "\(.*\)".*/--\1/' | sort -u)
$ test "$h" = "$m" && test "$m" = "$(printf '%s\n--encoding\n--help\n--invalid\n--line-buffered\n--null\n--version\n' "$c" | sort -u)" && echo same
> same

# --- the sample article, split as an editor would
=== sample article golden split
$ sentence-split -p sample-article.txt | diff sample-article.sentences -

# inline lists, ellipses, times, names (see also sentence-split-golden.t)

=== inline numbered list with parentheses
$ sentence-split
< Steps: 1) mix the flour 2) add water 3) bake it
> Steps: 1) mix the flour 2) add water 3) bake it

=== inline list items at a sentence start
$ sentence-split
< 1) Mix the flour 2) Add water 3) Bake it.
> 1) Mix the flour
> 2) Add water
> 3) Bake it.

=== a letter and a period alone are an initial, not a list
$ sentence-split
< a. Smith wrote the note.
> a. Smith wrote the note.

=== a time in the middle of a sentence before a bracket
$ sentence-split
< The meeting is today at 10 a.m. (CDT) at the Hyatt.
> The meeting is today at 10 a.m. (CDT) at the Hyatt.

=== a time before a starter ends the sentence
$ sentence-split
< He left the office at 6 p.m. The next day he was back.
> He left the office at 6 p.m.
> The next day he was back.

=== a bracketed ellipsis standing alone ends its sentence
$ sentence-split
< He spoke for an hour. [...] For the record, he was late.
> He spoke for an hour.
> [...]
> For the record, he was late.

=== a spaced ellipsis before a capitalised word ends the sentence
$ sentence-split
< It was late . . . The lights went out.
> It was late . . .
> The lights went out.

=== an exclamation mark ending a sentence before a lowercase word
$ sentence-split
< stop! now go.
> stop!
> now go.

=== --version names the Unicode version of the Sentence_Break table
$ sentence-split --version | grep -c '^Unicode [0-9][0-9.]* (sentence breaks: generated table)$'
> 1

=== --format=jsonl: one object a sentence, its text as the line would be, byte offsets (as --offsets) and paragraph number
$ printf 'Hello "there".  Mr. Smith went\nhome.\n\nNew para\there. Yes\\no.\n' > $T/in
$ sentence-split --format=jsonl $T/in
$ sentence-split --offsets $T/in | cut -f 1,2 | tr '\t' ' ' > $T/off
$ sentence-split --format=jsonl $T/in | python3 -c 'import json,sys; [print(o["start"], o["end"]) for o in map(json.loads, sys.stdin)]' | cmp - $T/off && echo same offsets
> {"text":"Hello \"there\".","start":0,"end":14,"paragraph":1}
> {"text":"Mr. Smith went home.","start":16,"end":36,"paragraph":1}
> {"text":"New para here.","start":38,"end":52,"paragraph":2}
> {"text":"Yes\\no.","start":53,"end":60,"paragraph":2}
> same offsets

=== --format=jsonl with --offsets or -p is a usage error
$ sentence-split --format=jsonl -p </dev/null
? 2
! no --offsets or -p

=== --format takes text (the default) or jsonl
$ sentence-split --format=tsv </dev/null
? 2
! valid values are: 'text', 'jsonl'

=== the installed abbreviation lists (data/abbrev) are copies of the built-in ones: each as the only --abbrev FILE splits as -l does
$ for l in de en es fi fr it nl pt ru sv; do cat sample-article.txt ../../data/abbrev/$l.txt > $T/in; sentence-split -l $l $T/in > $T/a; sentence-split --no-abbrev --abbrev=../../data/abbrev/$l.txt $T/in > $T/b; sentence-split --no-abbrev $T/in > $T/c; cmp -s $T/a $T/b && ! cmp -s $T/a $T/c && echo $l same; done
> de same
> en same
> es same
> fi same
> fr same
> it same
> nl same
> pt same
> ru same
> sv same

=== a spaced abbreviation: its inner periods go on, its last is of its kind
$ printf 'Il y a p. ex. Paris et Lyon.\n' | sentence-split -l fr
$ printf 'Det finns t. ex. Stockholm.\n' | sentence-split -l sv
$ printf 'Vive en EE. UU. desde 2010. Vive en EE. UU. Luego se fue.\n' | sentence-split -l es
$ printf 'Es kam z.\nB. Regen. Dann ging er.\n' | sentence-split -l de
> Il y a p. ex. Paris et Lyon.
> Det finns t. ex. Stockholm.
> Vive en EE. UU. desde 2010.
> Vive en EE. UU.
> Luego se fue.
> Es kam z. B. Regen.
> Dann ging er.

=== Thai ends no sentence with a period: an abbreviation's period (one consonant, or groups joined by periods) goes on before a number or a Thai word
$ sentence-split
< เขาเกิดเมื่อ 5 ก.พ. พ.ศ. 2500 ที่ จ. เชียงใหม่ และย้ายไป
> เขาเกิดเมื่อ 5 ก.พ. พ.ศ. 2500 ที่ จ. เชียงใหม่ และย้ายไป
