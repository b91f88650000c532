# textkit - composable Unix filters for article text.
# Targets: all check install uninstall demo bench fuzz valgrind valgrind-quick
#          clean.
# Variables: the GNU directory variables (prefix exec_prefix bindir
#            datarootdir datadir pkgdatadir mandir man1dir man7dir; PREFIX
#            is an alias of prefix), DESTDIR, CC CFLAGS,
#            SANITIZE=1 (ASan+UBSan build in build/san) WERROR=1.

VERSION = 0.1.0
PROGRAMS = normalize tokenize sentence-split wordfreq ngram extract

# Installation directories as the GNU Coding Standards name them.
# datadir is the shared data root ($(prefix)/share), never textkit's own
# folder: that is pkgdatadir.  PREFIX is accepted as an alias of prefix.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
datadir ?= $(datarootdir)
pkgdatadir ?= $(datadir)/textkit
mandir ?= $(datarootdir)/man
man1dir ?= $(mandir)/man1
man7dir ?= $(mandir)/man7

CC ?= cc
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
       -Wno-unused-parameter -Wvla -Wformat=2
ifeq ($(WERROR),1)
WARN += -Werror
endif

# Output directory: objects, library and programs.  The sanitizer build
# lives apart so that both can exist side by side.
ifeq ($(SANITIZE),1)
O ?= build/san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
           -fno-omit-frame-pointer
CFLAGS = -O1 -g
else
O ?= .
SANFLAGS =
endif
# OP: the output prefix, empty for the default in-tree build.
OP = $(if $(filter .,$(O)),,$(O)/)

# V=1 shows the full compiler command lines.
Q = $(if $(filter 1,$(V)),,@echo '  $(notdir $@)';)

# --- dependencies, found without pkg-config files ------------------------
# Homebrew keeps libunistring, libiconv and check outside the default
# paths; add its prefix when brew exists.
BREW := $(shell command -v brew 2>/dev/null)
ifneq ($(BREW),)
BREW_PREFIX := $(shell brew --prefix 2>/dev/null)
DEP_CPPFLAGS += -I$(BREW_PREFIX)/include -I$(BREW_PREFIX)/opt/libiconv/include
DEP_LDFLAGS += -L$(BREW_PREFIX)/lib -L$(BREW_PREFIX)/opt/libiconv/lib
endif
# iconv: in glibc's libc; GNU libiconv elsewhere needs -liconv.
ICONV_LIBS := $(shell printf '\043include <iconv.h>\nint main(void){iconv_t c=iconv_open("UTF-8","LATIN1");return c==(iconv_t)-1;}\n' | \
	$(CC) $(DEP_CPPFLAGS) -x c - -o /dev/null $(DEP_LDFLAGS) >/dev/null 2>&1 || echo -liconv)
UNISTRING_LIBS = -lunistring
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lm -lpthread)

# --- word segmentation (optional): lib/text/dictseg*.c ---------------------
# Each backend is compiled when its library is found: ICU (pkg-config
# icu-uc; Chinese, Japanese, Thai, Lao, Khmer, Myanmar), libthai
# (pkg-config libthai; Thai), MeCab (mecab-config, with a UTF-8 IPADIC
# at run time; Japanese).  TK_NO_DICTSEG=1 builds without any: the
# fallback (one word per character in those scripts), tested by
# tests/dictseg/run-fallback in an output directory of its own.
DICTSEG_BACKENDS := lib/text/dictseg_icu.c lib/text/dictseg_libthai.c lib/text/dictseg_mecab.c
DICTSEG_SRC :=
DICTSEG_CPPFLAGS :=
DICTSEG_LIBS :=
ifneq ($(TK_NO_DICTSEG),1)
ifeq ($(shell pkg-config --exists icu-uc 2>/dev/null && echo y),y)
DICTSEG_SRC += lib/text/dictseg_icu.c
DICTSEG_CPPFLAGS += -DTK_HAVE_ICU $(shell pkg-config --cflags icu-uc)
DICTSEG_LIBS += $(shell pkg-config --libs icu-uc)
endif
ifeq ($(shell pkg-config --exists libthai 2>/dev/null && echo y),y)
DICTSEG_SRC += lib/text/dictseg_libthai.c
DICTSEG_CPPFLAGS += -DTK_HAVE_LIBTHAI -DTK_LIBTHAI_VERSION='"$(shell pkg-config --modversion libthai)"' \
                    $(shell pkg-config --cflags libthai)
DICTSEG_LIBS += $(shell pkg-config --libs libthai)
endif
MECAB_CONFIG := $(shell command -v mecab-config 2>/dev/null)
ifneq ($(MECAB_CONFIG),)
DICTSEG_SRC += lib/text/dictseg_mecab.c
DICTSEG_CPPFLAGS += -DTK_HAVE_MECAB -DTK_MECAB_DICDIR='"$(shell $(MECAB_CONFIG) --dicdir)"' \
                    $(shell $(MECAB_CONFIG) --cflags)
DICTSEG_LIBS += $(shell $(MECAB_CONFIG) --libs)
endif
endif

# --- stemming (optional): lib/text/stem.c ---------------------------------
# Snowball's libstemmer has no pkg-config file on Debian: use it when
# pkg-config knows it, else when a test program links with -lstemmer.
# TK_NO_STEMMER=1 builds without it (--stem then fails; tests/stem skips).
STEM_CPPFLAGS :=
STEM_LIBS :=
ifneq ($(TK_NO_STEMMER),1)
ifeq ($(shell pkg-config --exists libstemmer 2>/dev/null && echo y),y)
STEM_CPPFLAGS := -DTK_HAVE_LIBSTEMMER $(shell pkg-config --cflags libstemmer)
STEM_LIBS := $(shell pkg-config --libs libstemmer)
else ifeq ($(shell printf '\043include <libstemmer.h>\nint main(void){return sb_stemmer_list()==0;}\n' | \
	$(CC) $(DEP_CPPFLAGS) -x c - -o /dev/null $(DEP_LDFLAGS) -lstemmer >/dev/null 2>&1 && echo y),y)
STEM_CPPFLAGS := -DTK_HAVE_LIBSTEMMER
STEM_LIBS := -lstemmer
endif
endif

ALL_CPPFLAGS = -Ilib -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
               -DTK_VERSION='"$(VERSION)"' -DTK_DATADIR='"$(pkgdatadir)"' \
               $(DEP_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS)
ALL_LDFLAGS = $(SANFLAGS) $(DEP_LDFLAGS) $(LDFLAGS)
LIBS = $(UNISTRING_LIBS) $(ICONV_LIBS) $(DICTSEG_LIBS) $(STEM_LIBS) -lpthread -lm

# lib/ is layered: base, text, count, cli (see scripts/check-layers).
LIB_LAYERS = base text count cli
LIB_SRC := $(sort $(filter-out $(filter-out $(DICTSEG_SRC),$(DICTSEG_BACKENDS)), \
             $(foreach l,$(LIB_LAYERS),$(wildcard lib/$(l)/*.c lib/$(l)/gen/*.c))))
LIB_OBJ := $(LIB_SRC:%.c=$(OP)%.o)
LIB = $(OP)lib/libtextkit.a
TOOLS := $(PROGRAMS:%=$(OP)%)
UNIT_SRC := $(sort $(wildcard tests/unit/check_*.c))
UNIT_OBJ := $(UNIT_SRC:%.c=$(OP)%.o) $(OP)tests/unit/main.o
UNIT = $(OP)tests/unit/check-lib

all: $(LIB) $(TOOLS)

$(OP)%.o: %.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(OP)lib/text/dictseg.o $(DICTSEG_SRC:%.c=$(OP)%.o): ALL_CPPFLAGS += $(DICTSEG_CPPFLAGS)
$(OP)lib/text/stem.o: ALL_CPPFLAGS += $(STEM_CPPFLAGS)

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && $(AR) rcs $@ $(LIB_OBJ)

$(TOOLS): $(OP)%: $(OP)tools/%.o $(LIB)
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# The unit runner finds its suites from the file names: check_foo.c
# defines Suite *foo_suite(void).
$(OP)tests/unit/suites.h: $(UNIT_SRC) Makefile
	@mkdir -p $(@D)
	@{ for f in $(UNIT_SRC); do n=$${f##*/check_}; n=$${n%.c}; \
	   echo "SUITE($${n})"; done; } > $@.tmp && mv $@.tmp $@
$(UNIT_OBJ): $(OP)tests/unit/suites.h
$(UNIT_OBJ): ALL_CPPFLAGS += -I$(OP)tests/unit -Itests/unit
$(UNIT): $(UNIT_OBJ) $(LIB)
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(UNIT_OBJ) $(LIB) $(CHECK_LIBS) $(LIBS)

# Test programs: every tests/{conformance,prop}/*.c is a program linked
# with the library, run by the suite scripts next to it.
TESTPROG_SRC := $(sort $(wildcard tests/conformance/*.c tests/prop/*.c))
TESTPROGS := $(TESTPROG_SRC:%.c=$(OP)%)
test-programs: $(UNIT) $(TESTPROGS)
$(TESTPROGS): $(OP)%: $(OP)%.o $(LIB)
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# Fuzz targets: tests/fuzz/fuzz_NAME.c linked with replay.c (a plain main
# over corpus files) is the test program fuzz_NAME, so that the check
# passes replay the seed corpora; scripts/fuzz builds the libFuzzer ones.
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY := $(FUZZ_SRC:%.c=$(OP)%)
test-programs: $(FUZZ_REPLAY)
$(FUZZ_REPLAY): $(OP)%: $(OP)%.o $(OP)tests/fuzz/replay.o $(LIB)
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $< $(OP)tests/fuzz/replay.o $(LIB) $(LIBS)

# --- tests ----------------------------------------------------------------
# make check: unit + CLI + conformance suites, then the same under
# ASan+UBSan; one summary line "N passed, N failed[, N skipped]".
check: deps
	@scripts/check

# One pass over an already-built tree ($(O)); used by scripts/check.
check-pass: all test-programs
	@scripts/run-tests $(O)

unit: $(UNIT)

deps:
	@scripts/install-deps --check-or-install

demo: deps all
	@echo "== Top 15 words of tests/data/sample-article.txt, English stop words left out:"
	@echo "   wordfreq -n 15 --stopwords=en tests/data/sample-article.txt"
	@./wordfreq -n 15 --stopwords=en tests/data/sample-article.txt
	@echo "== Most frequent three-word phrases within sentences:"
	@echo "   sentence-split tests/data/sample-article.txt | ngram --words -n 3 --top=5"
	@./sentence-split tests/data/sample-article.txt | ./ngram --words -n 3 --top=5
	@echo "== Tokens of one sentence, with their types:"
	@echo "   sentence-split tests/data/sample-article.txt | grep -m1 'Details are' | tokenize --types | paste - - -"
	@./sentence-split tests/data/sample-article.txt | grep -m1 'Details are' | ./tokenize --types | paste - - -

bench: all
	scripts/bench

# FUZZFLAGS: e.g. "--time 600 --jobs 2 decode" (see scripts/fuzz --help).
fuzz:
	scripts/fuzz $(FUZZFLAGS)

valgrind: all test-programs
	scripts/run-tests --valgrind .

# A subset for CI: the unit tests, the all-tools CLI matrix (every
# program, every common path), the fuzz corpora replayed (most library
# code) and the property suites on small inputs.
valgrind-quick: all test-programs
	TK_CLI_FILES=tests/cli/all-tools.t \
	TK_SUITES="run-replay run-props run-locale run-membound" \
	scripts/run-tests --valgrind .

# The data files install writes, relative to data/ and pkgdatadir.
DATA_FILES := $(patsubst data/%,%,$(sort $(wildcard data/*/*.txt)))
DATA_DIRS := $(sort $(patsubst %/,%,$(dir $(DATA_FILES))))

install: all
	mkdir -p $(DESTDIR)$(bindir) $(DESTDIR)$(man1dir) $(DESTDIR)$(man7dir)
	for p in $(PROGRAMS); do cp $$p $(DESTDIR)$(bindir)/$$p && chmod 755 $(DESTDIR)$(bindir)/$$p; done
	for p in $(PROGRAMS); do cp man/$$p.1 $(DESTDIR)$(man1dir)/$$p.1 && chmod 644 $(DESTDIR)$(man1dir)/$$p.1; done
	cp man/textkit.7 $(DESTDIR)$(man7dir)/textkit.7 && chmod 644 $(DESTDIR)$(man7dir)/textkit.7
	for d in $(DATA_DIRS); do mkdir -p $(DESTDIR)$(pkgdatadir)/$$d; done
	for f in $(DATA_FILES); do cp data/$$f $(DESTDIR)$(pkgdatadir)/$$f && chmod 644 $(DESTDIR)$(pkgdatadir)/$$f; done

# Removes exactly the files install wrote, then the directories of
# textkit's own that are left empty; never a directory by variable.
uninstall:
	for p in $(PROGRAMS); do rm -f $(DESTDIR)$(bindir)/$$p $(DESTDIR)$(man1dir)/$$p.1; done
	rm -f $(DESTDIR)$(man7dir)/textkit.7
	for f in $(DATA_FILES); do rm -f $(DESTDIR)$(pkgdatadir)/$$f; done
	for d in $(DATA_DIRS); do rmdir $(DESTDIR)$(pkgdatadir)/$$d 2>/dev/null || :; done
	rmdir $(DESTDIR)$(pkgdatadir) 2>/dev/null || :

clean:
	rm -f $(PROGRAMS) $(LIB_OBJ) $(LIB_OBJ:.o=.d) lib/libtextkit.a tools/*.o tools/*.d
	rm -f $(DICTSEG_BACKENDS:.c=.o) $(DICTSEG_BACKENDS:.c=.d)
	rm -rf build tests/unit/*.o tests/unit/*.d tests/unit/suites.h tests/unit/check-lib
	rm -f tests/fuzz/*.o tests/fuzz/*.d $(FUZZ_SRC:%.c=%)

.PHONY: all check check-pass test-programs unit deps demo bench fuzz valgrind valgrind-quick install uninstall clean
.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(PROGRAMS:%=$(OP)tools/%.d) $(UNIT_OBJ:.o=.d) $(TESTPROGS:=.d) $(FUZZ_REPLAY:=.d) $(OP)tests/fuzz/replay.d
