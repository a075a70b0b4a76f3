/* The C floor: the least an ncurses program can do to show a screen like
 * Tend's browser, for `make bench` to compare against.
 *
 * It opens the terminal the way Tend does (newterm, cbreak, noecho, keypad,
 * no cursor, colours), draws an 80x24 list of entries with a header, a
 * status line, a selected row and a footer of keys, and answers the keys
 * the benchmark sends: j/k move, g/G jump to the first/last of 100,000
 * entries, / starts a search whose text shows in the status line, Esc
 * cancels it, q quits. Every frame is drawn whole into the window and
 * ncurses sends only what changed, as in Tend.
 *
 *   gcc -O2 -o floor floor.c -lncursesw
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

#define ENTRIES 100000

static const wchar_t *people[] = {L"José", L"Zoë", L"Chloé", L"Björn", L"Kenji 健二", L"Leïla"};
static const wchar_t *texts[] = {
    L"Thank you for saving me the last slice 🍕 and pretend…",
    L"You noticed I was tired and made tea without asking ☕",
    L"Merci for the flowers on the table 🌷, the kitchen fe…",
    L"Your text at lunch made me smile for an hour 😊",
    L"mood 4/5 · listen · reunion-ten-minutes for Priya · s…",
};

static void draw(int selected, int top, int searching, const wchar_t *query) {
    int rows = LINES - 5; /* header, rule, status; rule, footer */
    wchar_t line[128];
    erase();
    attrset(A_BOLD | COLOR_PAIR(1));
    mvaddwstr(0, 1, L"Tend");
    attrset(A_NORMAL);
    addwstr(L"  ·  Floor");
    attrset(A_DIM);
    mvaddwstr(0, COLS - 17, L"Fri 1 Jan  07:10");
    for (int x = 0; x < COLS; x++) mvaddwstr(1, x, L"─");
    attrset(A_NORMAL);
    if (searching) swprintf(line, 128, L"/%ls", query);
    else swprintf(line, 128, L"All entries · %d", ENTRIES);
    mvaddwstr(2, 2, line);
    for (int r = 0; r < rows && top + r < ENTRIES; r++) {
        int n = top + r;
        attrset(n == selected ? A_REVERSE : A_NORMAL);
        if (n == selected) mvhline(3 + r, 2, ' ', COLS - 4);
        swprintf(line, 128, L"%ls %02d:%02d  %-11ls  %ls", n == selected ? L"›" : L" ",
                 23 - n % 24, 59 - n % 60, people[n % 6], texts[n % 5]);
        mvaddwstr(3 + r, 2, line);
    }
    attrset(A_DIM);
    for (int x = 0; x < COLS; x++) mvaddwstr(LINES - 2, x, L"─");
    attrset(A_NORMAL);
    mvaddwstr(LINES - 1, 1, searching ? L"Enter done   Esc cancel   F1 help"
                                      : L"/ search   Enter open   j next   G oldest   q quit   ? help");
    refresh();
}

int main(void) {
    setlocale(LC_ALL, "");
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (!screen) return 2;
    set_term(screen);
    cbreak(); noecho(); nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    start_color();
    use_default_colors();
    init_pair(1, COLOR_CYAN, -1);

    int selected = 0, top = 0, searching = 0, length = 0;
    wchar_t query[64] = L"";
    for (;;) {
        int rows = LINES - 5;
        if (selected < top) top = selected;
        if (selected >= top + rows) top = selected - rows + 1;
        draw(selected, top, searching, query);
        wint_t key;
        int kind = get_wch(&key);
        if (kind == ERR) continue;
        if (searching) {
            if (key == 27) { searching = 0; length = 0; query[0] = 0; }
            else if (key == '\r' || key == '\n') searching = 0;
            else if (kind == OK && length < 63) { query[length++] = (wchar_t)key; query[length] = 0; }
            continue;
        }
        if (kind == KEY_CODE_YES) continue;
        switch (key) {
        case 'q': endwin(); delscreen(screen); return 0;
        case 'j': if (selected < ENTRIES - 1) selected++; break;
        case 'k': if (selected > 0) selected--; break;
        case 'g': selected = 0; break;
        case 'G': selected = ENTRIES - 1; break;
        case '/': searching = 1; break;
        }
    }
}
