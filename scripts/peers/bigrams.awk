# bigrams.awk - benchmark peer: an awk word bigram counter (mawk or gawk).
# Lower-cases each line, splits it into runs of ASCII letters, digits and
# apostrophes, counts adjacent pairs within the line (as ngram does), and
# prints "count<TAB>w1 w2" sorted like ngram.  Run with LC_ALL=C.
BEGIN { FS = "[^a-z0-9']+" }
{
	$0 = tolower($0)
	prev = ""
	for (i = 1; i <= NF; i++) {
		if ($i == "")
			continue
		if (prev != "")
			n[prev " " $i]++
		prev = $i
	}
}
END {
	sort = "sort -t '\t' -k1,1nr -k2,2"
	for (k in n)
		printf "%d\t%s\n", n[k], k | sort
	close(sort)
}
