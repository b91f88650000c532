# extract: the HTML segmenter and the article choice on small pages, the
# text/Markdown path, the options, and the error contract (the CLI
# matrix of every program: --help, --version, bad option, missing file,
# /dev/full, invalid UTF-8, empty input, a huge line).

=== article kept, navigation and footer dropped; the heading that states the title is the title, not a block of the article
$ extract
< <html><head><title>A story | Site</title></head><body>
< <nav><a href="/">Home</a> <a href="/news">News</a></nav>
< <article><h1>A story</h1>
< <p>This is the first paragraph of the story, long enough to count, with commas, and more words.</p>
< <p>The second paragraph goes on, and says more about the matter at hand, as stories do.</p>
< </article>
< <footer>Copyright 2026 Site. All rights reserved.</footer>
< </body></html>
> This is the first paragraph of the story, long enough to count, with commas, and more words.
>
> The second paragraph goes on, and says more about the matter at hand, as stories do.

=== implied end tags: p closed by p, div and list; li by li
$ extract
< <div class="content"><p>One paragraph here, long enough to be scored as text, with a comma.
< <p>Another paragraph here, long enough to be scored as text, with a comma.
< <ul><li>first item<li>second item</ul>
< <p>A last paragraph here, long enough to be scored as text, with a comma.</div>
> One paragraph here, long enough to be scored as text, with a comma.
>
> Another paragraph here, long enough to be scored as text, with a comma.
>
> first item
>
> second item
>
> A last paragraph here, long enough to be scored as text, with a comma.

=== entities decoded, script, style and hidden text dropped, br splits
$ extract
< <body><div id="main"><p>Fish &amp; chips &eacute;t&#233; &#x263A;, a plain paragraph of some length, indeed.<script>var x = "<p>no</p>";</script><style>p{}</style>
< <span hidden>hidden words</span><span style="display: none">gone</span></p>
< <p>Line one, long enough to be a paragraph of text.<br>Line two after a break, also long enough.</p></div></body>
> Fish & chips été ☺, a plain paragraph of some length, indeed.
>
> Line one, long enough to be a paragraph of text.
>
> Line two after a break, also long enough.

=== link-heavy list in the article dropped
$ extract
< <div class="post"><p>The article text is here, long enough, with a comma, and another one, to score.</p>
< <ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul>
< <p>More of the article text is here, long enough, with a comma, to score well.</p></div>
> The article text is here, long enough, with a comma, and another one, to score.
>
> More of the article text is here, long enough, with a comma, to score well.

=== table rows are one block each
$ extract
< <div class="article-body"><p>Results of the vote, as counted on the night, are in the table below.</p>
< <table><tr><th>Party</th><th>Votes</th></tr><tr><td>Red</td><td>120</td></tr></table></div>
> Results of the vote, as counted on the night, are in the table below.
>
> Party Votes
>
> Red 120

=== --format=markdown
$ extract --format=markdown
< <article><h2>Head</h2><p>A paragraph of the article, long enough to count, with a comma.</p>
< <blockquote>A quoted sentence, long enough to be kept, with a comma in it.</blockquote>
< <ul><li>an item</li></ul><table><tr><td>a</td><td>b</td></tr></table>
< <p>A closing paragraph of the article, long enough to count, with a comma.</p></article>
> ## Head
>
> A paragraph of the article, long enough to count, with a comma.
>
> > A quoted sentence, long enough to be kept, with a comma in it.
>
> - an item
>
> | a | b |
>
> A closing paragraph of the article, long enough to count, with a comma.

=== --keep-links
$ extract --keep-links
< <article><p>Read <a href="https://example.org/x">the report</a> for details, as the text says, at length.</p></article>
> Read the report <https://example.org/x> for details, as the text says, at length.

=== --keep-links with markdown
$ extract --keep-links --format=markdown
< <article><p>Read <a href="https://example.org/x">the report</a> for details, as the text says, at length.</p></article>
> Read [the report](https://example.org/x) for details, as the text says, at length.

=== --with-title uses og:title
$ extract --with-title
< <html><head><meta property="og:title" content="The Title"><title>Other | Site</title></head>
< <body><article><p>A paragraph of the article, long enough to count, with a comma.</p></article></body></html>
> The Title
>
> A paragraph of the article, long enough to count, with a comma.

=== --format=jsonl metadata
$ extract --format=jsonl
< <html lang="en-GB"><head><title>A headline here - Site</title>
< <meta name="author" content="Ann Writer"><link rel="canonical" href="https://example.org/a">
< <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-02T03:04:05Z"}</script></head>
< <body><article><p>A paragraph with "quotes" and a \ backslash, long enough, with a comma.</p></article></body></html>
> {"title":"A headline here","author":"Ann Writer","date":"2026-01-02T03:04:05Z","lang":"en-GB","url":"https://example.org/a","text":"A paragraph with \"quotes\" and a \\ backslash, long enough, with a comma."}

=== jsonl: JSON-LD author object
$ extract --format=jsonl
< <script type="application/ld+json">{"headline":"H \u00e9t\u00e9","author":{"@type":"Person","name":"Bo"}}</script>
< <div><p>Some text of the page, long enough to count, with a comma.</p></div>
> {"title":"H été","author":"Bo","date":"","lang":"en","url":"","text":"Some text of the page, long enough to count, with a comma."}

=== --min-length drops short blocks
$ extract --min-length=30
< <article><p>Short one.</p><p>A paragraph of the article, long enough to count, with a comma.</p></article>
> A paragraph of the article, long enough to count, with a comma.

=== meta charset honoured
$ printf '<html><head><meta charset="iso-8859-1"></head><body><article><p>Caf\351 cr\350me, a paragraph long enough to be kept, yes.</p></article></body></html>' | extract
> Café crème, a paragraph long enough to be kept, yes.

=== http-equiv charset honoured
$ printf '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><article><p>Quote \223here\224, a paragraph long enough to be kept, yes.</p></article>' | extract
> Quote “here”, a paragraph long enough to be kept, yes.

=== --encoding overrides meta charset
$ printf '<meta charset="utf-8"><article><p>Caf\351, a paragraph long enough to be kept here, yes.</p></article>' | extract --encoding=latin1
> Café, a paragraph long enough to be kept here, yes.

=== text page: short link lines dropped, prose kept
$ extract
< Home | News | Sport
< [Login](https://example.org/login) [Register](https://example.org/reg)
< # The headline of the story
< The first paragraph of the story is here and it is long enough to be a good block of text for the reader of the page, as it goes on about the matter at some length and with all the words that such a story has in it.
< And the second paragraph of the story is also here, and it is also long enough to be a good block of text for them.
< Share on [Facebook](https://f.example) [Twitter](https://t.example)
< © 2026 Example
> The first paragraph of the story is here and it is long enough to be a good block of text for the reader of the page, as it goes on about the matter at some length and with all the words that such a story has in it.
>
> And the second paragraph of the story is also here, and it is also long enough to be a good block of text for them.

=== text page: its first Markdown heading of level 1 is the title, printed with --with-title and in the jsonl title
$ printf 'Home | News\n# The headline of the story\n## A part of it\nThe first paragraph of the story is here and it is long enough to be a good block of text for the reader of the page, as it goes on about the matter at some length and with all the words that such a story has.\n' > $T/t.md
$ extract --with-title $T/t.md
$ extract --format=jsonl $T/t.md | cut -c1-45
> The headline of the story
>
> A part of it
>
> The first paragraph of the story is here and it is long enough to be a good block of text for the reader of the page, as it goes on about the matter at some length and with all the words that such a story has.
> {"title":"The headline of the story","author"

=== several files: one page each, -z ends each with NUL
$ printf '<article><p>First page text, long enough to be kept as a block, yes.</p></article>' > $T/a.html
$ printf '<article><p>Second page text, long enough to be kept as a block, yes.</p></article>' > $T/b.html
$ extract -z $T/a.html $T/b.html | tr '\0' '@'; echo
> First page text, long enough to be kept as a block, yes.@Second page text, long enough to be kept as a block, yes.@

=== -z: each input record is a page
$ printf '<p>Page one, a paragraph of text that is long enough.</p>\0<p>Page two, a paragraph of text that is long enough.</p>\0' | extract -z | tr '\0' '@'; echo
> Page one, a paragraph of text that is long enough.@Page two, a paragraph of text that is long enough.@

=== jsonl: one object per file
$ printf '<p>x</p>' > $T/a.html
$ extract --format=jsonl $T/a.html $T/a.html | wc -l
> 2

=== a tag without its end, unclosed comment, stray end tags
$ extract
< <div class="content"></span></p></b><p>Text that survives the stray end tags, with a comma, long enough.<!-- never closed
< <p>gone</p>
> Text that survives the stray end tags, with a comma, long enough.

=== deep nesting stays bounded
$ awk 'BEGIN { for (i = 0; i < 5000; i++) printf "<div>"; printf "<p>Deep text, long enough to count as a paragraph, with a comma.</p>" }' | extract
> Deep text, long enough to count as a paragraph, with a comma.

=== empty input
$ extract < /dev/null

=== --help
$ extract --help | head -1
> Usage: extract [OPTION]... [FILE]...

=== --help lists every option
$ extract --help | grep -c -e '--'
>*

=== --version
$ extract --version
>*

=== bad option
$ extract --nope
? 2
! unrecognized option
! Try 'extract --help'

=== bad --format
$ extract --format=pdf
? 2
! --format

=== bad --lang
$ extract --lang=xx
? 2
! --lang

=== bad --min-length
$ extract --min-length=-1
? 2
! --min-length

=== unknown --encoding
$ extract --encoding=nonesuch
? 2
! unknown encoding

=== missing file: reported, the others still read
$ printf '<article><p>Page text, long enough to be kept as a block, yes.</p></article>' > $T/a.html
$ extract $T/missing $T/a.html
> Page text, long enough to be kept as a block, yes.
? 1
! missing

=== write error
$ extract sample-article.txt > /dev/full
? 1
! write error

=== closed stdout
$ extract sample-article.txt >&-
? 1
! write error

=== invalid UTF-8 replaced with a warning
$ printf '<article><p>Bad \377 byte in a paragraph that is long enough to keep.</p></article>' | extract
> Bad � byte in a paragraph that is long enough to keep.
! invalid UTF-8
! byte 16

=== --invalid=fail
$ printf '<article><p>Bad \377 byte in a paragraph that is long enough to keep.</p></article>' | extract --invalid=fail
? 1
! byte 16

=== --invalid=drop
$ printf '<article><p>Bad \377byte in a paragraph that is long enough to keep.</p></article>' | extract --invalid=drop
> Bad byte in a paragraph that is long enough to keep.
! dropped

=== a huge line
$ awk 'BEGIN { printf "<p>"; for (i = 0; i < 300000; i++) printf "word, "; print "</p>" }' | extract | wc -c
> 1800000

=== a page over 64 MiB: its start only, with a warning
$ awk 'BEGIN { printf "<article><p>The start of a very long page, kept as it is read.</p><!--"; for (i = 0; i < 1400000; i++) printf "%050d\n", i }' | extract
> The start of a very long page, kept as it is read.
! only its start is read

=== many tiny blocks and elements stay bounded
$ awk 'BEGIN { for (i = 0; i < 300000; i++) printf "<b>x</b><br>"; print "<p>A paragraph at the end, with a comma, long enough to count.</p>" }' | extract | tail -1 | cut -c1-20
>*

=== the sample article as text: its prose is kept
$ extract sample-article.txt | wc -l
>*

=== svg title elements are not raw text (a self-closing <title/> in an icon)
$ extract
< <html><head><title>Icons | Site</title></head><body><div class="post">
< <p>First paragraph of the story, with enough words and a comma to count as prose.</p>
< <svg viewBox="0 0 1 1"><title/><path d="M0 0"/></svg>
< <p>Second paragraph, after the icon, which must not vanish from the output at all.</p>
< <svg><title>Icon</title></svg>
< <p>Third paragraph, after a second icon, with a title element of its own inside.</p>
< </div></body></html>
> First paragraph of the story, with enough words and a comma to count as prose.
>
> Second paragraph, after the icon, which must not vanish from the output at all.
>
> Third paragraph, after a second icon, with a title element of its own inside.

=== the heading that states the title, before the article, heads it with its lead (not the byline; not the site's name), and is left out as the title
$ extract headline-page.html
> The council agreed on Tuesday night to rebuild the bridge over the river, at a cost the town can bear.
>
> The old bridge, built in 1890, has been closed to lorries for two years, and the detour costs the shops in the square a good deal of trade.
>
> Work starts in the spring, the council said, and the new bridge should open, if all goes well, before the winter after next.

=== --with-title: that heading is the title, in the page's words (not <title>'s)
$ extract --with-title headline-page.html
> Council votes to rebuild the town’s old bridge
>
> The council agreed on Tuesday night to rebuild the bridge over the river, at a cost the town can bear.
>
> The old bridge, built in 1890, has been closed to lorries for two years, and the detour costs the shops in the square a good deal of trade.
>
> Work starts in the spring, the council said, and the new bridge should open, if all goes well, before the winter after next.

=== a title that begins like the heading of comments is no such heading
$ extract
< <html><head><title>Add a second lock to the garden shed | Home Tips</title></head><body>
< <div class="post"><h2>Add a second lock to the garden shed</h2>
< <p>A shed holds tools worth more than most people think, and a single padlock, however strong, is the first thing a thief looks at.</p>
< <p>A second lock on the inside of the door, with a bolt that goes into the frame, makes the job slow, and slow is what thieves avoid.</p>
< <h3>Comments</h3><p>Great tip, thanks, I did this last year and it works.</p></div>
< </body></html>
> A shed holds tools worth more than most people think, and a single padlock, however strong, is the first thing a thief looks at.
>
> A second lock on the inside of the door, with a bolt that goes into the frame, makes the job slow, and slow is what thieves avoid.

=== a byline or date line (its element's class says so) is not the article's text
$ extract
< <html><head><title>Frost came early this year</title></head><body><article class="post">
< <div class="entry-meta"><span class="author">By Ann Writer</span> <time datetime="2026-11-02">2 November 2026</time></div>
< <p class="dateline">Updated 3 November 2026</p>
< <p>The first frost came in the second week of October, a month before the gardeners of the valley expected it.</p>
< <p>Most of the late beans were lost, but the leeks and the kale, as every year, came through it without harm.</p>
< </article></body></html>
> The first frost came in the second week of October, a month before the gardeners of the valley expected it.
>
> Most of the late beans were lost, but the leeks and the kale, as every year, came through it without harm.

=== a short line at either end of the article that starts as a byline or date line does is left out; a sentence that starts with "By" is not
$ extract
< <html><head><title>Storm in the valley</title></head><body><article>
< <p>By Ann Writer, Valley News</p>
< <p>By Monday the storm had passed.</p>
< <p>The river rose a metre in the night, and the lower road was closed until the water went down again.</p>
< <p>The council will look at the drains on the lower road, which could not take the water, at its next meeting.</p>
< <p>Posted on 3 November 2026 by ann</p>
< </article></body></html>
> By Monday the storm had passed.
>
> The river rose a metre in the night, and the lower road was closed until the water went down again.
>
> The council will look at the drains on the lower road, which could not take the water, at its next meeting.

=== a call to follow or subscribe at the end of the article is left out, in any case and language; one earlier in the article, or a word such as "following", is not
$ extract
< <html><head><title>Storm in the valley</title></head><body><article>
< <p>Follow the river road and you reach the mill; its owner posts the water level on Twitter every morning.</p>
< <p>The river rose a metre in the night, and the lower road was closed until the water went down again.</p>
< <p>The council will look at the drains on the lower road, which could not take the water, at its next meeting.</p>
< <p>Following the storm, the café on Facebook Street opened late.</p>
< <p>FOLLOW US ON TWITTER AND FACEBOOK</p>
< <p>Síguenos en Telegram y WhatsApp.</p>
< <p>Subscribe to our newsletter for the latest stories.</p>
< </article></body></html>
> Follow the river road and you reach the mill; its owner posts the water level on Twitter every morning.
>
> The river rose a metre in the night, and the lower road was closed until the water went down again.
>
> The council will look at the drains on the lower road, which could not take the water, at its next meeting.
>
> Following the storm, the café on Facebook Street opened late.

=== a request to rate the article at its end is left out, and the list of short lines before it stays
$ extract
< <html><head><title>Five rivers</title></head><body><article>
< <p>These are the five rivers of the valley that flood most often, from the largest to the smallest.</p>
< <p>Each of them rose at least once in the last ten years, and two of them rose twice in one winter.</p>
< <h2>1. Ouse</h2><p>The Ouse</p>
< <h2>2. Wharfe</h2><p>The Wharfe</p>
< <h2>3. Nidd</h2><p>The Nidd</p>
< <p>Was this article helpful?</p>
< </article></body></html>
> These are the five rivers of the valley that flood most often, from the largest to the smallest.
>
> Each of them rose at least once in the last ten years, and two of them rose twice in one winter.
>
> 1. Ouse
>
> The Ouse
>
> 2. Wharfe
>
> The Wharfe
>
> 3. Nidd
>
> The Nidd

=== the label of an advertisement is left out anywhere in the article, in any case and language; a sentence that holds the word is not
$ extract
< <html><head><title>Storm in the valley</title></head><body><article>
< <p>The river rose a metre in the night, and the lower road was closed until the water went down again.</p>
< <div class="x"><p>Advertisement</p></div>
< <p>The advertisement for the flood insurance ran in the paper the next morning, on the front page.</p>
< <p>ANZEIGE</p>
< <p>Story continues below advertisement</p>
< <p>The council will look at the drains on the lower road, which could not take the water, at its next meeting.</p>
< </article></body></html>
> The river rose a metre in the night, and the lower road was closed until the water went down again.
>
> The advertisement for the flood insurance ran in the paper the next morning, on the front page.
>
> The council will look at the drains on the lower road, which could not take the water, at its next meeting.

=== the credit line of a picture is left out anywhere in the article; a sentence that starts with such a word is not
$ extract
< <html><head><title>Storm in the valley</title></head><body><article>
< <p>The river rose a metre in the night, and the lower road was closed until the water went down again.</p>
< <figure><img src="a.jpg"><figcaption>Foto: Ann Writer</figcaption></figure>
< <p>(Image credit: Valley News)</p>
< <p>Photo of the flood: the mill, the bridge and the lower road, under water.</p>
< <p>Shutterstock</p>
< <p>Crédit photo : KB</p>
< <p>The council will look at the drains on the lower road, which could not take the water, at its next meeting.</p>
< </article></body></html>
> The river rose a metre in the night, and the lower road was closed until the water went down again.
>
> Photo of the flood: the mill, the bridge and the lower road, under water.
>
> The council will look at the drains on the lower road, which could not take the water, at its next meeting.

=== a disclaimer at either end of the article is left out; the same words in the middle are not
$ extract
< <html><head><title>Storm in the valley</title></head><body><article>
< <p>This post may contain affiliate links. We may receive compensation when you buy through them.</p>
< <p>The river rose a metre in the night, and the lower road was closed until the water went down again.</p>
< <p>By morning the water had reached the mill, whose owner had moved the flour to the upper floor.</p>
< <p>The shop on the corner, which sells boots through affiliate links, opened its doors to the neighbours.</p>
< <p>The school stayed shut for two days, and the children helped to carry sandbags to the bridge.</p>
< <p>The council will look at the drains on the lower road, which could not take the water, at its next meeting.</p>
< <p>Opinions expressed are the author's own and not necessarily those of Valley News.</p>
< </article></body></html>
> The river rose a metre in the night, and the lower road was closed until the water went down again.
>
> By morning the water had reached the mill, whose owner had moved the flour to the upper floor.
>
> The shop on the corner, which sells boots through affiliate links, opened its doors to the neighbours.
>
> The school stayed shut for two days, and the children helped to carry sandbags to the bridge.
>
> The council will look at the drains on the lower road, which could not take the water, at its next meeting.

=== a box named for its author that holds the article (over 300 characters) is no byline: its short paragraphs stay
$ extract
< <html><body><div class="post author-ann">
< <p>The frost came early, in the second week of October, and took the beans.</p>
< <p>The leeks and the kale, as every year, came through it, and so did the chard.</p>
< <p>By noon it had lifted, and by the end of the week the valley was green again.</p>
< <p>A garden ready for the cold, its tender plants under glass, loses nothing.</p>
< <p>So the beans will be sown a fortnight sooner next year, and picked sooner too.</p>
< </div></body></html>
> The frost came early, in the second week of October, and took the beans.
>
> The leeks and the kale, as every year, came through it, and so did the chard.
>
> By noon it had lifted, and by the end of the week the valley was green again.
>
> A garden ready for the cold, its tender plants under glass, loses nothing.
>
> So the beans will be sown a fortnight sooner next year, and picked sooner too.

=== the box about the author after the article is left out
$ extract
< <html><head><title>Pruning roses in late winter</title></head><body>
< <div class="post"><div class="entry-content">
< <p>Roses want pruning when the buds swell in late winter, before the leaves open, and a sharp pair of secateurs is all it takes.</p>
< <p>Cut each stem just above an outward bud, at a slant, so that the rain runs off and the new shoot grows away from the middle.</p>
< </div>
< <div class="author-bio"><p>Jo Gardener has written about gardens for twenty years, and grows old roses, vegetables and, lately, far too many tomatoes.</p></div>
< </div></body></html>
> Roses want pruning when the buds swell in late winter, before the leaves open, and a sharp pair of secateurs is all it takes.
>
> Cut each stem just above an outward bud, at a slant, so that the rain runs off and the new shoot grows away from the middle.
