# words.awk - benchmark peer: an awk word counter (mawk or gawk).
# Lower-cases each line, counts runs of ASCII letters, digits and
# apostrophes, prints "count<TAB>word" sorted like wordfreq.  Run with
# LC_ALL=C:  awk -f words.awk < text
BEGIN { FS = "[^a-z0-9']+" }
{
	$0 = tolower($0)
	for (i = 1; i <= NF; i++)
		if ($i != "")
			n[$i]++
}
END {
	sort = "sort -t '\t' -k1,1nr -k2,2"
	for (w in n)
		printf "%d\t%s\n", n[w], w | sort
	close(sort)
}
