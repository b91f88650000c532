# The Golden Rules of the Pragmatic Segmenter (English), the 48 cases pySBD
# runs: one case per rule, numbered as in the Pragmatic Segmenter README
# (MIT licence, (c) Kevin S. Dias).  Rules 40-42 (PDF line breaks) and 52
# (no space between sentences) are outside the set.  Rule 18 ("6 P.M.
# Mr. Smith") is the one pySBD also misses; sentence-split passes it.

=== golden rule 1
$ sentence-split
< Hello World. My name is Jonas.
> Hello World.
> My name is Jonas.

=== golden rule 2
$ sentence-split
< What is your name? My name is Jonas.
> What is your name?
> My name is Jonas.

=== golden rule 3
$ sentence-split
< There it is! I found it.
> There it is!
> I found it.

=== golden rule 4
$ sentence-split
< My name is Jonas E. Smith.
> My name is Jonas E. Smith.

=== golden rule 5
$ sentence-split
< Please turn to p. 55.
> Please turn to p. 55.

=== golden rule 6
$ sentence-split
< Were Jane and co. at the party?
> Were Jane and co. at the party?

=== golden rule 7
$ sentence-split
< They closed the deal with Pitt, Briggs & Co. at noon.
> They closed the deal with Pitt, Briggs & Co. at noon.

=== golden rule 8
$ sentence-split
< Let's ask Jane and co. They should know.
> Let's ask Jane and co.
> They should know.

=== golden rule 9
$ sentence-split
< They closed the deal with Pitt, Briggs & Co. It closed yesterday.
> They closed the deal with Pitt, Briggs & Co.
> It closed yesterday.

=== golden rule 10
$ sentence-split
< I can see Mt. Fuji from here.
> I can see Mt. Fuji from here.

=== golden rule 11
$ sentence-split
< St. Michael's Church is on 5th st. near the light.
> St. Michael's Church is on 5th st. near the light.

=== golden rule 12
$ sentence-split
< That is JFK Jr.'s book.
> That is JFK Jr.'s book.

=== golden rule 13
$ sentence-split
< I visited the U.S.A. last year.
> I visited the U.S.A. last year.

=== golden rule 14
$ sentence-split
< I live in the E.U. How about you?
> I live in the E.U.
> How about you?

=== golden rule 15
$ sentence-split
< I live in the U.S. How about you?
> I live in the U.S.
> How about you?

=== golden rule 16
$ sentence-split
< I work for the U.S. Government in Virginia.
> I work for the U.S. Government in Virginia.

=== golden rule 17
$ sentence-split
< I have lived in the U.S. for 20 years.
> I have lived in the U.S. for 20 years.

=== golden rule 18
$ sentence-split
< At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.
> At 5 a.m. Mr. Smith went to the bank.
> He left the bank at 6 P.M.
> Mr. Smith then went to the store.

=== golden rule 19
$ sentence-split
< She has $100.00 in her bag.
> She has $100.00 in her bag.

=== golden rule 20
$ sentence-split
< She has $100.00. It is in her bag.
> She has $100.00.
> It is in her bag.

=== golden rule 21
$ sentence-split
< He teaches science (He previously worked for 5 years as an engineer.) at the local University.
> He teaches science (He previously worked for 5 years as an engineer.) at the local University.

=== golden rule 22
$ sentence-split
< Her email is Jane.Doe@example.com. I sent her an email.
> Her email is Jane.Doe@example.com.
> I sent her an email.

=== golden rule 23
$ sentence-split
< The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.
> The site is: https://www.example.50.com/new-site/awesome_content.html.
> Please check it out.

=== golden rule 24
$ sentence-split
< She turned to him, 'This is great.' she said.
> She turned to him, 'This is great.' she said.

=== golden rule 25
$ sentence-split
< She turned to him, "This is great." she said.
> She turned to him, "This is great." she said.

=== golden rule 26
$ sentence-split
< She turned to him, "This is great." She held the book out to show him.
> She turned to him, "This is great."
> She held the book out to show him.

=== golden rule 27
$ sentence-split
< Hello!! Long time no see.
> Hello!!
> Long time no see.

=== golden rule 28
$ sentence-split
< Hello?? Who is there?
> Hello??
> Who is there?

=== golden rule 29
$ sentence-split
< Hello!? Is that you?
> Hello!?
> Is that you?

=== golden rule 30
$ sentence-split
< Hello?! Is that you?
> Hello?!
> Is that you?

=== golden rule 31
$ sentence-split
< 1.) The first item 2.) The second item
> 1.) The first item
> 2.) The second item

=== golden rule 32
$ sentence-split
< 1.) The first item. 2.) The second item.
> 1.) The first item.
> 2.) The second item.

=== golden rule 33
$ sentence-split
< 1) The first item 2) The second item
> 1) The first item
> 2) The second item

=== golden rule 34
$ sentence-split
< 1) The first item. 2) The second item.
> 1) The first item.
> 2) The second item.

=== golden rule 35
$ sentence-split
< 1. The first item 2. The second item
> 1. The first item
> 2. The second item

=== golden rule 36
$ sentence-split
< 1. The first item. 2. The second item.
> 1. The first item.
> 2. The second item.

=== golden rule 37
$ sentence-split
< • 9. The first item • 10. The second item
> • 9. The first item
> • 10. The second item

=== golden rule 38
$ sentence-split
< ⁃9. The first item ⁃10. The second item
> ⁃9. The first item
> ⁃10. The second item

=== golden rule 39
$ sentence-split
< a. The first item b. The second item c. The third list item
> a. The first item
> b. The second item
> c. The third list item

=== golden rule 43
$ sentence-split
< You can find it at N°. 1026.253.553. That is where the treasure is.
> You can find it at N°. 1026.253.553.
> That is where the treasure is.

=== golden rule 44
$ sentence-split
< She works at Yahoo! in the accounting department.
> She works at Yahoo! in the accounting department.

=== golden rule 45
$ sentence-split
< We make a good team, you and I. Did you see Albert I. Jones yesterday?
> We make a good team, you and I.
> Did you see Albert I. Jones yesterday?

=== golden rule 46
$ sentence-split
< Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”
> Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”

=== golden rule 47
$ sentence-split
< "Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).
> "Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).

=== golden rule 48
$ sentence-split
< If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.
> If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .
> Next sentence.

=== golden rule 49
$ sentence-split
< I never meant that.... She left the store.
> I never meant that....
> She left the store.

=== golden rule 50
$ sentence-split
< I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.
> I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.

=== golden rule 51
$ sentence-split
< One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .
> One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.
> . . . The practice was not abandoned. . . .

