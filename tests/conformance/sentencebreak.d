tests/conformance/sentencebreak.o: tests/conformance/sentencebreak.c \
 lib/sentence.h lib/abbrev.h lib/common.h lib/buf.h lib/utf8.h lib/utf8.h
lib/sentence.h:
lib/abbrev.h:
lib/common.h:
lib/buf.h:
lib/utf8.h:
lib/utf8.h:
