# textkit - composable Unix filters for article text.
# Targets: all check install install-strip uninstall dist distcheck demo
#          bench fuzz valgrind valgrind-quick clean.
# Variables: the GNU directory variables (prefix exec_prefix bindir libdir
#            includedir datarootdir datadir pkgdatadir mandir man1dir
#            man3dir man7dir; PREFIX is an alias of prefix), pkgconfigdir,
#            bashcompdir zshcompdir fishcompdir, DESTDIR, CC CFLAGS,
#            SANITIZE=1 (ASan+UBSan build in build/san) WERROR=1.

# The one version source: the VERSION file (man pages, --version, tests,
# textkit.pc, debian/changelog follow it; scripts/set-version bumps all).
VERSION := $(shell cat VERSION)
PROGRAMS = normalize tokenize sentence-split wordfreq ngram extract detokenize

# Installation directories as the GNU Coding Standards name them.
# datadir is the shared data root ($(prefix)/share), never textkit's own
# folder: that is pkgdatadir.  PREFIX is accepted as an alias of prefix.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
libdir ?= $(exec_prefix)/lib
includedir ?= $(prefix)/include
pkgconfigdir ?= $(libdir)/pkgconfig
datarootdir ?= $(prefix)/share
datadir ?= $(datarootdir)
pkgdatadir ?= $(datadir)/textkit
mandir ?= $(datarootdir)/man
man1dir ?= $(mandir)/man1
man3dir ?= $(mandir)/man3
man7dir ?= $(mandir)/man7
# Where each shell looks for completion: bash-completion's own directory
# (its .pc file names it) moved under our datarootdir, zsh's site-functions,
# fish's vendor completions.
bashcompdir ?= $(shell pkg-config --define-variable=datadir=$(datarootdir) --variable=completionsdir bash-completion 2>/dev/null | grep . || echo $(datarootdir)/bash-completion/completions)
zshcompdir ?= $(datarootdir)/zsh/site-functions
fishcompdir ?= $(datarootdir)/fish/vendor_completions.d

INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL)
INSTALL_DATA ?= $(INSTALL) -m 644

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

ALL_CPPFLAGS = -Iinclude -Ilib -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
               -DTK_VERSION='"$(VERSION)"' \
               $(DEP_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS)
ALL_LDFLAGS = $(SANFLAGS) $(DEP_LDFLAGS) $(LDFLAGS)
LIBS = $(UNISTRING_LIBS) $(ICONV_LIBS) $(DICTSEG_LIBS) $(STEM_LIBS) -lpthread -lm

# lib/ is layered: base, text, count, api, cli (see scripts/check-layers).
# libtextkit (static and shared) is base..api, the public interface of
# include/textkit/ in lib/api; lib/cli is the programs' own archive.
# Every library object is position-independent with hidden symbols (the
# programs are PIE anyway), so one build serves both libraries; only
# the functions marked TEXTKIT_API are exported.
PUB_LAYERS = base text count api
LIB_LAYERS = $(PUB_LAYERS) cli
LIB_SRC := $(sort $(filter-out $(filter-out $(DICTSEG_SRC),$(DICTSEG_BACKENDS)), \
             $(foreach l,$(LIB_LAYERS),$(wildcard lib/$(l)/*.c lib/$(l)/gen/*.c))))
LIB_OBJ := $(LIB_SRC:%.c=$(OP)%.o)
PUB_OBJ := $(filter-out $(OP)lib/cli/%,$(LIB_OBJ))
CLI_OBJ := $(filter $(OP)lib/cli/%,$(LIB_OBJ))
PUB_LIB = $(OP)lib/libtextkit.a
CLI_LIB = $(OP)lib/libtextkit-cli.a
LIB = $(CLI_LIB) $(PUB_LIB)
# The shared library: libtextkit.so.VERSION, soname libtextkit.so.MAJOR
# (VERSION's first number, raised only when include/textkit/ breaks).
SOMAJOR = $(firstword $(subst ., ,$(VERSION)))
SONAME = libtextkit.so.$(SOMAJOR)
SHLIB = $(OP)lib/libtextkit.so.$(VERSION)
SHLIB_LINKS = $(OP)lib/$(SONAME) $(OP)lib/libtextkit.so
PC = $(OP)lib/textkit.pc
HEADERS := $(sort $(wildcard include/textkit/*.h))
TOOLS := $(PROGRAMS:%=$(OP)%)
UNIT_SRC := $(sort $(wildcard tests/unit/check_*.c))
UNIT_OBJ := $(UNIT_SRC:%.c=$(OP)%.o) $(OP)tests/unit/main.o
UNIT = $(OP)tests/unit/check-lib

all: $(LIB) $(TOOLS)
ifneq ($(SANITIZE),1)
all: $(SHLIB_LINKS) $(PC)
endif

$(OP)%.o: %.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(OP)lib/text/dictseg.o $(DICTSEG_SRC:%.c=$(OP)%.o): ALL_CPPFLAGS += $(DICTSEG_CPPFLAGS)
$(OP)lib/text/stem.o: ALL_CPPFLAGS += $(STEM_CPPFLAGS)

$(LIB_OBJ): private ALL_CFLAGS += -fPIC -fvisibility=hidden
# Objects built with other flags (an older tree) are rebuilt: a stamp
# holds the library's compile line and changes only with it.
LIB_FLAGS = $(OP)lib/flags.stamp
$(LIB_OBJ): $(LIB_FLAGS)
$(LIB_FLAGS): FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
# The version reaches --version and textkit_version() from VERSION.
$(OP)lib/cli/cli.o $(OP)lib/api/version.o: VERSION

$(PUB_LIB): $(PUB_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && $(AR) rcs $@ $(PUB_OBJ)

$(CLI_LIB): $(CLI_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && $(AR) rcs $@ $(CLI_OBJ)

# GNU ld (and lld, gold); macOS names the library by its install path.
ifeq ($(shell uname -s),Darwin)
SHLIB_LDFLAGS = -dynamiclib -Wl,-install_name,$(libdir)/$(SONAME)
else
SHLIB_LDFLAGS = -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined
endif
$(SHLIB): $(PUB_OBJ)
	$(Q)$(CC) $(SHLIB_LDFLAGS) $(ALL_LDFLAGS) -o $@ $(PUB_OBJ) $(LIBS)
$(SHLIB_LINKS): $(SHLIB)
	$(Q)ln -sf $(notdir $(SHLIB)) $(OP)lib/$(SONAME) && ln -sf $(SONAME) $(OP)lib/libtextkit.so

# textkit.pc for the install directories of this make run (rewritten
# only when they change).  Libs.private: every library libtextkit links
# with, from the one variable LIBS.
$(PC): FORCE
	@mkdir -p $(@D)
	@printf '%s\n' 'prefix=$(prefix)' 'exec_prefix=$(exec_prefix)' \
	  'libdir=$(libdir)' 'includedir=$(includedir)' '' \
	  'Name: textkit' \
	  'Description: Unicode text normalization, tokens, sentences and counting for article text' \
	  'Version: $(VERSION)' 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -ltextkit' 'Libs.private: $(strip $(LIBS))' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

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

# The data files install writes, relative to data/ and pkgdatadir: reference
# copies of the lists the programs have compiled in (they never read them).
DATA_FILES := $(patsubst data/%,%,$(sort $(wildcard data/*/*.txt)))
DATA_DIRS := $(sort $(patsubst %/,%,$(dir $(DATA_FILES))))

# What install writes besides the programs and data files.
MAN_PAGES = $(PROGRAMS:%=man/%.1) man/textkit.3 man/textkit.7
INSTALL_SHLIB ?= $(INSTALL) -m 644

install: all
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(libdir) $(DESTDIR)$(pkgconfigdir) \
	  $(DESTDIR)$(includedir)/textkit $(DESTDIR)$(man1dir) $(DESTDIR)$(man3dir) \
	  $(DESTDIR)$(man7dir) $(DESTDIR)$(bashcompdir) $(DESTDIR)$(zshcompdir) \
	  $(DESTDIR)$(fishcompdir)
	for p in $(PROGRAMS); do $(INSTALL_PROGRAM) $(OP)$$p $(DESTDIR)$(bindir)/$$p || exit 1; done
	$(INSTALL_SHLIB) $(SHLIB) $(DESTDIR)$(libdir)/$(notdir $(SHLIB))
	ln -sf $(notdir $(SHLIB)) $(DESTDIR)$(libdir)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(libdir)/libtextkit.so
	$(INSTALL_DATA) $(PUB_LIB) $(DESTDIR)$(libdir)/libtextkit.a
	$(INSTALL_DATA) $(PC) $(DESTDIR)$(pkgconfigdir)/textkit.pc
	$(INSTALL_DATA) $(HEADERS) $(DESTDIR)$(includedir)/textkit
	for m in $(MAN_PAGES); do s=$${m##*.}; \
	  case $$s in 1) d=$(man1dir) ;; 3) d=$(man3dir) ;; *) d=$(man7dir) ;; esac; \
	  $(INSTALL_DATA) $$m $(DESTDIR)$$d/$${m#man/} || exit 1; done
	for p in $(PROGRAMS); do $(INSTALL_DATA) completion/textkit.bash $(DESTDIR)$(bashcompdir)/$$p || exit 1; done
	$(INSTALL_DATA) completion/_textkit $(DESTDIR)$(zshcompdir)/_textkit
	for p in $(PROGRAMS); do $(INSTALL_DATA) completion/fish/$$p.fish $(DESTDIR)$(fishcompdir)/$$p.fish || exit 1; done
	for d in $(DATA_DIRS); do $(INSTALL) -d $(DESTDIR)$(pkgdatadir)/$$d || exit 1; done
	for f in $(DATA_FILES); do $(INSTALL_DATA) data/$$f $(DESTDIR)$(pkgdatadir)/$$f || exit 1; done

# install with the programs and the shared library stripped (GNU).
install-strip:
	$(MAKE) INSTALL_PROGRAM='$(INSTALL_PROGRAM) -s' INSTALL_SHLIB='$(INSTALL_SHLIB) -s' install

# Removes exactly the files install wrote, then the directories of
# textkit's own that are left empty; never a directory by variable.
uninstall:
	for p in $(PROGRAMS); do rm -f $(DESTDIR)$(bindir)/$$p $(DESTDIR)$(man1dir)/$$p.1 \
	  $(DESTDIR)$(bashcompdir)/$$p $(DESTDIR)$(fishcompdir)/$$p.fish; done
	rm -f $(DESTDIR)$(man3dir)/textkit.3 $(DESTDIR)$(man7dir)/textkit.7 $(DESTDIR)$(zshcompdir)/_textkit
	rm -f $(DESTDIR)$(libdir)/$(notdir $(SHLIB)) $(DESTDIR)$(libdir)/$(SONAME) \
	  $(DESTDIR)$(libdir)/libtextkit.so $(DESTDIR)$(libdir)/libtextkit.a \
	  $(DESTDIR)$(pkgconfigdir)/textkit.pc
	for h in $(notdir $(HEADERS)); do rm -f $(DESTDIR)$(includedir)/textkit/$$h; done
	rmdir $(DESTDIR)$(includedir)/textkit 2>/dev/null || :
	for f in $(DATA_FILES); do rm -f $(DESTDIR)$(pkgdatadir)/$$f; done
	for d in $(DATA_DIRS); do rmdir $(DESTDIR)$(pkgdatadir)/$$d 2>/dev/null || :; done
	rmdir $(DESTDIR)$(pkgdatadir) 2>/dev/null || :

# --- distribution ---------------------------------------------------------
# dist: textkit-VERSION.tar.gz of the committed tree (git archive: what
# is not committed is not shipped; a warning says so).  distcheck: unpack
# it, make its source read-only, build out of tree (O=_build), run the
# test suites of the plain pass there (not the sanitizer pass, not the
# package build: make check and CI run those), install into a scratch
# prefix, uninstall, and fail if uninstall left a file.
DISTNAME = textkit-$(VERSION)
dist:
	@git diff --quiet HEAD -- 2>/dev/null || echo "dist: warning: uncommitted changes are not in $(DISTNAME).tar.gz" >&2
	git archive --format=tar --prefix=$(DISTNAME)/ HEAD | gzip -9n > $(DISTNAME).tar.gz
	@echo "$(DISTNAME).tar.gz"

distcheck: dist
	rm -rf $(DISTNAME).check && mkdir $(DISTNAME).check
	gzip -dc $(DISTNAME).tar.gz | tar -xf - -C $(DISTNAME).check
	d=$$PWD/$(DISTNAME).check/$(DISTNAME); \
	chmod -R a-w $$d && chmod u+w $$d && mkdir $$d/_build $$d/_inst && chmod a-w $$d && \
	$(MAKE) -C $$d -s -j2 O=_build all test-programs && \
	TK_O=_build TK_SKIP_DEB=1 $$d/scripts/run-tests _build && \
	$(MAKE) -C $$d -s O=_build install prefix=$$d/_inst && \
	$(MAKE) -C $$d -s O=_build uninstall prefix=$$d/_inst && \
	left=$$(find $$d/_inst -type f -o -type l) && \
	if [ -n "$$left" ]; then echo "distcheck: uninstall left: $$left"; exit 1; fi
	chmod -R u+w $(DISTNAME).check && rm -rf $(DISTNAME).check
	@echo "$(DISTNAME).tar.gz is ready for distribution"

clean:
	rm -f $(PROGRAMS) $(LIB_OBJ) $(LIB_OBJ:.o=.d) lib/libtextkit.a lib/libtextkit-cli.a tools/*.o tools/*.d
	rm -f lib/libtextkit.so* lib/textkit.pc lib/flags.stamp
	rm -f textkit-*.tar.gz; chmod -R u+w textkit-*.check 2>/dev/null; rm -rf textkit-*.check
	rm -f $(DICTSEG_BACKENDS:.c=.o) $(DICTSEG_BACKENDS:.c=.d)
	rm -rf build tests/unit/*.o tests/unit/*.d tests/unit/suites.h tests/unit/check-lib
	rm -f tests/fuzz/*.o tests/fuzz/*.d $(FUZZ_SRC:%.c=%)

# The libraries a program links with (scripts/fuzz asks for them).
print-libs:
	@echo $(LIBS)

FORCE:
.PHONY: print-libs FORCE all check install-strip dist distcheck check-pass test-programs unit deps demo bench fuzz valgrind valgrind-quick install uninstall clean
.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(PROGRAMS:%=$(OP)tools/%.d) $(UNIT_OBJ:.o=.d) $(TESTPROGS:=.d) $(FUZZ_REPLAY:=.d) $(OP)tests/fuzz/replay.d
