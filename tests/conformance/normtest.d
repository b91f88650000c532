tests/conformance/normtest.o: tests/conformance/normtest.c lib/buf.h \
 lib/common.h lib/norm.h lib/buf.h lib/utf8.h lib/xalloc.h
lib/buf.h:
lib/common.h:
lib/norm.h:
lib/buf.h:
lib/utf8.h:
lib/xalloc.h:
