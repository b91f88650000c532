/* unicode.c - the Unicode version of libunistring's tables. */
#include "unicode.h"

#include <stdio.h>
#include <unistring/version.h>

const char *tk_unicode_version(void)
{
	/* From libunistring's NEWS: the Unicode version of each release. */
	static const struct { int lib; const char *uni; } v[] = {
		{ 0x010300, "16.0.0" }, { 0x010200, "15.1.0" },
		{ 0x010100, "15.0.0" }, { 0x010000, "14.0.0" },
		{ 0x00090A, "11.0.0" },
	};
	for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
		if (_libunistring_version >= v[i].lib)
			return v[i].uni;
	return "before 11.0.0";
}

void tk_unicode_library(char *out, size_t cap)
{
	snprintf(out, cap, "libunistring %d.%d.%d",
	         _libunistring_version >> 16,
	         (_libunistring_version >> 8) & 0xFF,
	         _libunistring_version & 0xFF);
}
