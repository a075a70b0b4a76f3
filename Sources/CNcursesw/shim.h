// The only C in Tend. Wide-character ncurses, with the function-like macros
// that Swift cannot import turned into static inline functions.
#ifndef TEND_CNCURSESW_SHIM_H
#define TEND_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// No <signal.h> here: under these feature macros its ucontext_t differs from
// the one in Swift's Glibc module, and a clean build refuses the two.
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

/// True when TERM names a terminal that can move the cursor anywhere, which a
/// full screen needs (`dumb`, Emacs' shell buffers and hardcopy terminals
/// cannot). Reads terminfo only: the terminal itself is not touched.
static inline int tend_term_can_address_cursor(void) {
    int status = 0;
    if (setupterm(NULL, STDOUT_FILENO, &status) != OK) return 0;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1 && tigetflag("hc") <= 0;
    del_curterm(set_curterm(NULL));
    return usable;
}

/// Opens ncurses on the process's standard streams; NULL when TERM is unusable.
/// The size always comes from the terminal (TIOCGWINSZ), never from LINES and
/// COLUMNS, which a shell can leave behind from another window.
static inline SCREEN *tend_newterm(void) {
    use_env(FALSE);
    use_tioctl(TRUE);
    return newterm(NULL, stdout, stdin);
}

/// The window's size as the terminal reports it; 0 when it cannot say.
static inline void tend_window_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) { *rows = size.ws_row; *cols = size.ws_col; }
    else { *rows = 0; *cols = 0; }
}

/// The bytes a terminfo string capability holds (a key's sequence), or NULL.
static inline const char *tend_terminfo_string(const char *name) {
    const char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

static inline WINDOW *tend_curscr(void) { return curscr; }

/// Writes a control sequence straight to the terminal, in order with ncurses' output.
static inline void tend_emit(const char *sequence) { fputs(sequence, stdout); fflush(stdout); }

static inline WINDOW *tend_stdscr(void) { return stdscr; }
static inline int tend_lines(WINDOW *w) { return getmaxy(w); }
static inline int tend_cols(WINDOW *w) { return getmaxx(w); }

static inline attr_t tend_a_normal(void) { return A_NORMAL; }
static inline attr_t tend_a_bold(void) { return A_BOLD; }
static inline attr_t tend_a_dim(void) { return A_DIM; }
static inline attr_t tend_a_reverse(void) { return A_REVERSE; }
static inline attr_t tend_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tend_a_italic(void) { return A_ITALIC; }

static inline int tend_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one grapheme (a base character and its zero-width followers) at y, x.
/// Returns ERR when ncurses refuses the sequence, so the caller can fall back.
static inline int tend_put_grapheme(WINDOW *w, int y, int x, const wchar_t *chars,
                                    attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/// True when the C library's locale speaks UTF-8 (wide characters work).
static inline int tend_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') &&
           (cs[2] == 'F' || cs[2] == 'f');
}

#endif
