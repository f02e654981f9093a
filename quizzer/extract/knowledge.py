"""What extraction knows about programs and words, as data in one place (pure).

Every entry has a test in ``tests/test_extract_knowledge.py``.  Rules ask these
tables; they never spell program names or label words themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from quizzer import lazyre
from quizzer.keyboard import DUBEOLSIK_KEYS  # an option typed with the keyboard left in Korean: '-ㅣ' for '-l'
from quizzer.text import FINAL_SSANG_SIOT, final_consonant, has_hangul

__all__ = [
    "WRITING_KINDS",
    "ARTICLES",
    "GROUPS",
    "SECTION_PROGRAMS",
    "IMPERATIVES",
    "BYLINE_SECTIONS",
    "DOING_NOUNS_KO",
    "is_list_title",
    "names_kind_of_line",
    "FILE_KINDS",
    "names_file_kind",
    "is_explaining_heading",
    "says_own_task",
    "names_task",
    "NOT_DOING_EN",
    "EXPLAINING_HEADINGS",
    "PRONOUNS",
    "is_remark",
    "says_doing",
    "states_doing_ko",
    "says_requirement",
    "still_to_write",
    "says_where_it_works",
    "INSTALLERS",
    "AS_ROOT",
    "EVALUATORS",
    "DATA_FILE_EXTENSIONS",
    "HTML_ELEMENTS",
    "MAN_SECTIONS",
    "MAN_SECTIONS_LEFT_OUT",
    "FILTERS",
    "PROGRAM_VERBS",
    "SCOPE_WORDS",
    "MODULE_RUNNERS",
    "ROOT_SWITCHES",
    "WRAPPERS",
    "heading_program",
    "fetches_or_installs",
    "installs",
    "INTERACTIVE_COMMANDS",
    "MENU_PROGRAMS",
    "WINDOWS_HELP_PROGRAMS",
    "WINDOWS_PROGRAMS",
    "cmd_tool",
    "DOTTED_FAMILIES",
    "KEY_NAMES",
    "CAPTION_ENDS",
    "KEY_MODIFIERS",
    "KEY_WORDS",
    "SESSION_KEY_PROGRAMS",
    "ESCAPE_KEY_WORDS",
    "SESSION_ESCAPES",
    "FUNCTION_WORDS",
    "HELP_FLAGS",
    "NAMING_NOTHING",
    "OPTION_LABELS",
    "PURPOSE_LABELS",
    "DATABASE_PROMPT_PROGRAM",
    "FETCH_DOES",
    "FETCH_WORDS",
    "KEY_APPS",
    "KEY_OWNERS",
    "KEY_PROGRAMS",
    "INPUT_NOUNS_EN",
    "file_key_program",
    "file_program",
    "INSTALL_HEADINGS",
    "is_install_heading",
    "NOTES_WORDS",
    "plugin_named",
    "bunches_keys",
    "MOUSE_NAMES",
    "LABELS",
    "MARKER_WORDS",
    "MESSAGE_LEVELS",
    "PROGRAM_WIDE_OPTIONS",
    "OPTION_SLOTS",
    "SETTING_WORDS",
    "OPTION_FAMILIES",
    "option_family_program",
    "PROGRAM_OPTION_SLOTS",
    "LABEL_ADJECTIVES",
    "LABEL_QUALIFIERS",
    "LABEL_FOLLOWERS",
    "LABEL_HEADS",
    "EDITORS",
    "LEAD_IN_STARTS",
    "PREMISE_STARTS",
    "PROGRAMS",
    "PRODUCT_PROGRAMS",
    "REMARK_LABELS",
    "REMARK_BOX_KINDS",
    "METADATA_KEYS",
    "SEQUENCE_WORDS_KO",
    "NEED_STARTS",
    "REMARK_STARTS",
    "REQUIREMENT_ENDS",
    "RIGHTS",
    "SHELLS",
    "SHELL_PROGRAMS",
    "SHORT_FORMS",
    "SQL_OBJECT_VERBS",
    "SQL_SHELLS",
    "STAND_IN_COMMANDS",
    "TAG_LABELS",
    "SUBCOMMANDS",
    "TOPIC_WORDS",
    "VERB_PROGRAMS",
    "dominant_program",
    "fenced_program",
    "fenced_programs",
    "run_programs",
    "root_prompted",
    "is_key_chord",
    "is_key_sequence",
    "is_key_or_chord",
    "is_caret_key",
    "is_caption",
    "is_label",
    "is_marker",
    "is_tags_line",
    "is_label_phrase",
    "ends_in_label_head",
    "is_numbered_label",
    "FIX_LABELS",
    "KEY_PLATFORMS",
    "KEY_PLACE_WORDS",
    "SHELL_FENCE_INFOS",
    "PLAIN_TEXT_FENCE_INFOS",
    "MARKDOWN_FENCE_INFOS",
    "PROSE_FENCE_INFOS",
    "UNMARKED_FENCE_INFOS",
    "HELP_TEXT_FENCE_INFOS",
    "HELP_BLOCK_FENCE_INFOS",
    "MAKEFILE_FENCE_INFOS",
    "NOT_SHELL_FENCE_INFOS",
    "EXAMPLE_WORDS",
    "MEANING_HEADER_WORDS",
    "USE_HEADER_WORDS",
    "SHORT_FORM_HEADER_WORDS",
    "LONG_FORM_HEADER_WORDS",
    "REPLACEMENT_HEADER_WORDS",
    "FUNCTIONS_WORDS_KO",
    "KIND_WORDS_KO",
    "KIND_WORDS_EN",
    "EMPTY_CELLS",
    "EMPTY_KEY_CELLS",
    "ARGUMENT_WORDS_KO",
    "ARGUMENT_WORDS_EN",
    "KIND_CLAUSE_WORDS_KO",
    "WAY_WORDS_KO",
    "POINTING_WORDS_KO",
    "POINTER_KO",
    "COMMAND_WORDS_KO",
    "COMMAND_NOUN_KO",
    "LIKE_WHAT_FOLLOWS_EN",
    "CONTINUING_OPENERS",
    "FOLDER_CHANGERS",
    "ECHOING_PROGRAMS",
    "ANY_COMMAND_WORDS",
    "EXAMPLE_NOUNS_KO",
    "EXAMPLE_NOUNS_EN",
    "HEDGES_EN",
    "HEDGES_KO",
    "POINTING_BACK_EN",
    "POINTING_BACK_KO",
    "PROBLEM_NOUNS",
    "GIVING_VERBS_KO",
    "LIKE_WHAT_FOLLOWS_KO",
    "names_a_way",
    "DUBEOLSIK_KEYS",
    "ELIDED_WORDS",
    "MAN_KEY_SECTIONS",
    "MAN_OPTION_SECTIONS",
    "MAN_COMMAND_SECTIONS",
    "SQL_STATEMENT_VERBS",
    "SYSTEMS",
    "SYSTEM_FAMILIES",
    "SYSTEM_WORDS",
    "names_pattern",
    "CAUTION_WORDS_KO",
    "names_system",
    "names_topic",
    "TOPIC_OPENERS",
    "without_system",
    "after_numbered_label",
    "is_fix_label",
    "NUMBERED_LABELS",
    "is_premise",
    "without_premise",
    "says_condition",
    "ACTION_WORDS_KO",
    "says_variant",
    "VARIANT_NOUNS_KO",
    "VARIANT_STARTS",
    "CONDITION_NOUNS_KO",
    "CONDITION_STARTS",
    "topic_words",
    "program_named",
    "short_form",
    "of_program",
    "sub_command",
]

#: English words that join the words of a phrase and name nothing ("docker load image by tar", "Open a folder from the
#: terminal"): a command line holding one is prose; a sentence holding one says nothing of the title's own words.
FUNCTION_WORDS = frozenset("by for with to from of in on the a an and using into without when how via".split())

#: Articles and demonstratives: a phrase holding one is a sentence ("make the margins smaller"), not a name or
#: a command line.
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})

#: Words of a heading or a label that name nothing a command line could hold, left out when its words are looked
#: for in the line ("Change your shell" over "chsh", "List the fonts" over "fc-list"): the words above, pronouns, "use".
NAMING_NOTHING = FUNCTION_WORDS | ARTICLES | frozenset("it its your my onto use".split())

#: Words naming a kind of writing: a heading's subtitle made of them says what the section holds
#: ("Tar: Tips And Recipes"), never what a name stands for, whatever letters they start with.
WRITING_KINDS = frozenset(
    "tips tip hints hint notes note recipes recipe tricks guide guides howto tutorial tutorials examples example "
    "reference summary overview basics primer cheatsheet cheat sheet snippets faq memo memos".split()
)

#: Programs whose next word (or two) names a sub-command.  A word listed under a
#: prefix takes one more level: ``docker image ls``, ``git remote add``.
GROUPS: dict[str, frozenset[str]] = {
    "docker": frozenset(
        "image container volume network compose system builder buildx context plugin swarm "
        "service stack secret config node trust manifest".split()
    ),
    "git": frozenset("remote stash flow submodule worktree notes bisect lfs".split()),
    "git flow": frozenset("feature release hotfix bugfix support".split()),
    "kubectl": frozenset("create config rollout set top auth".split()),
    "kubectl create": frozenset("service secret".split()),
    "podman": frozenset("image container volume network pod system".split()),
    "helm": frozenset("repo plugin".split()),
    "aws": frozenset("s3 ec2 iam configure sts lambda ecr eks cloudformation logs rds".split()),
    "npm": frozenset(),
    "systemctl": frozenset(),
}

#: Headings in notes about a program that name another program of its family, not a group of it:
#: ``## Machine`` in notes about docker lists ``docker-machine``'s sub-commands (there is no ``docker machine``).
SECTION_PROGRAMS: dict[str, dict[str, str]] = {
    "docker": {"machine": "docker-machine"},
}

#: Programs with sub-commands but no groups, beyond those above.
VERB_PROGRAMS: frozenset[str] = frozenset(
    "docker-compose podman-compose docker-machine pip pip3 apt apt-get yum dnf pacman brew cargo go "
    "gh minikube kubeadm terraform vagrant conda poetry uv snap flatpak nmcli ip tmux screen jupyter adb svn "
    "launchctl oc openssl".split()
)

#: Sub-commands a heading may name alone (``## init (초기화)`` in notes about
#: terraform is ``terraform init``).  Only these: ``## Window`` in notes about
#: tmux is a topic, not a sub-command.
SUBCOMMANDS: dict[str, frozenset[str]] = {
    "terraform": frozenset(
        "init plan apply destroy validate fmt show output state import workspace providers refresh taint "
        "untaint graph console login logout get test version".split()
    ),
    "git": frozenset(
        "init clone add commit push pull fetch merge rebase reset revert checkout switch restore branch tag "
        "log diff status show stash remote cherry-pick bisect blame reflog clean config rm mv am apply format-patch".split()
    ),
    "docker": frozenset(
        "run build pull push ps images exec logs stop start restart rm rmi inspect commit tag login logout "
        "cp attach kill pause unpause top stats rename save load history port network volume".split()
    ),
    "kubectl": frozenset(
        "get describe create apply delete edit exec logs run expose scale rollout label annotate port-forward "
        "explain config top cp patch".split()
    ),
    "helm": frozenset("install upgrade uninstall rollback list repo search show template lint package pull".split()),
    "npm": frozenset("init install uninstall update run test start publish ci audit ls".split()),
    "systemctl": frozenset("start stop restart reload status enable disable daemon-reload".split()),
    "conda": frozenset("create activate deactivate install remove list info update".split()),
    "tmux": frozenset("new attach detach ls kill-session kill-server".split()),
    "adb": frozenset(
        "devices shell pull push install uninstall forward reverse logcat connect disconnect reboot root "
        "kill-server start-server".split()
    ),
    # Maven's lifecycle phases, typed after mvn ("mvn clean install"): "goals" in the notes' words
    "mvn": frozenset("clean validate compile test package verify install deploy site".split()),
}

#: Options of a program with sub-commands that every sub-command takes (the program's own, before or after the
#: sub-command: ``dnf --refresh check-update`` or ``dnf check-update --refresh``): one explained under a
#: sub-command's line is the program's (``dnf``), not that sub-command's; an option under a line of the program
#: alone is the program's, never "which sub-command's is not said".
PROGRAM_WIDE_OPTIONS: dict[str, frozenset[str]] = {
    "dnf": frozenset(
        "-y --assumeyes --assumeno --refresh --downloadonly --downloaddir -C --cacheonly --enablerepo --disablerepo "
        "--repo --nogpgcheck --allowerasing --best --nobest --skip-broken --releasever --installroot --setopt "
        "-q --quiet -v --verbose -x --exclude --nodocs".split()
    ),
    "yum": frozenset(
        "-y --assumeyes --assumeno --downloadonly --downloaddir -C --cacheonly --enablerepo --disablerepo "
        "--nogpgcheck --skip-broken --releasever --installroot --setopt -q --quiet -v --verbose -x --exclude".split()
    ),
}


#: Names of a usage line's slot that holds the program's options (``tar [옵션] [파일]`` / ``### 옵션``): the values
#: glossed under a heading naming it are options of that program (quizzer.extract.slot_values).
OPTION_SLOTS: frozenset[str] = frozenset({"옵션", "option", "options", "flag", "flags", "플래그"})

#: A program's own names for the parts of its usage line that hold its options: find's expression is tests
#: (``-name``, ``-type``) and actions (``-exec``, ``-ls``) after the paths, which Korean notes call 조건 and 행동.
PROGRAM_OPTION_SLOTS: dict[str, frozenset[str]] = {
    "find": frozenset({"조건", "행동", "표현식", "test", "tests", "action", "actions", "expression"}),
    # chmod's symbolic mode: references (u g o a), an operator (+ - =), modes (r w x …), as in "chmod [references]
    # [operator][modes] file" (GNU's manual: "[ugoa…][[-+=][perms…]…]"); Korean notes say 대상, 연산자, 모드 and 권한
    "chmod": frozenset({
        "reference", "references", "operator", "operators", "mode", "modes", "perms", "permission", "permissions",
        "대상", "연산자", "모드", "권한",
    }),
}


#: Words a flag's name puts before the topic it turns on or sizes (``-XX:+DoEscapeAnalysis``,
#: ``-XX:MaxInlineSize``): the rest of the name is the topic (quizzer.extract.heading_flags).
SETTING_WORDS: frozenset[str] = frozenset(
    {"do", "use", "enable", "initial", "reserved", "max", "maximum", "min", "minimum"}
)

#: Option spellings only one program reads, by how they start: HotSpot's ``-XX:`` options are the java launcher's.
OPTION_FAMILIES: dict[str, str] = {"-XX:": "java"}


def option_family_program(option: str) -> str | None:
    """The program whose options start as ``option`` does (:data:`OPTION_FAMILIES`); None for any other."""
    return next((program for start, program in OPTION_FAMILIES.items() if option.startswith(start)), None)


#: Long spellings of a command whose flags are the short form's (``docker container run -d`` is
#: ``docker run -d``): a flag explained under either is one card, named by the short form.
SHORT_FORMS: dict[str, str] = {
    "docker container run": "docker run",
    "docker container exec": "docker exec",
    "docker container create": "docker create",
    "docker container logs": "docker logs",
    "docker container ls": "docker ps",
    "docker image build": "docker build",
    "docker image ls": "docker images",
}

#: Programs whose notes are mostly keys pressed inside them (editors, pagers,
#: multiplexers): a key such as ``dd`` or ``Ctrl+b %`` in such a document is
#: a command of that program.
KEY_PROGRAMS: dict[str, str] = {
    # each program names itself: a card says "vi" in notes about vi and "vim" in notes about vim
    name: name
    for name in "vim vi nvim neovim emacs nano micro helix hx kak less tmux screen".split()
    # terminal programs run full screen, whose notes list the keys pressed inside them
    + "byobu rtorrent top htop btop ranger vifm lazygit mutt neomutt irssi weechat ncmpcpp cmus newsboat k9s zellij w3m lynx aerc tig fzf".split()
    # terminal emulators, whose notes list the keys of their scrollback, search and copy modes
    + "wezterm kitty alacritty".split()
    # an editor's modes whose notes are its keys ("org-mode": outlines, to-do lists and tables in Emacs; "magit":
    # git in Emacs, its status buffer's keys)
    + "org-mode magit".split()
}

#: Apps of a window of their own (no command-line program, so never in PROGRAMS) whose keys notes list in a block,
#: named by the text just above it ("기본적인 iterm2 명령어들", "iTerm shortcuts"): the name → the app a card names.
KEY_APPS: dict[str, str] = {"iterm2": "iterm2", "iterm": "iterm2"}

#: Apps and systems whose everyday keys a post's title names as its subject ("크롬 브라우저 단축키 모음",
#: "맥북 단축키 정리", "Chrome keyboard shortcuts"), casefolded, each spelling → the name a card gives them.  No
#: command-line program is here (a title naming one already says whose keys: ``KEY_PROGRAMS``), nor a name that is
#: an ordinary word too ("windows" over tmux's windows, "edge", "terminal").
KEY_OWNERS: dict[str, str] = {
    **dict.fromkeys(("chrome", "google chrome", "크롬", "구글 크롬"), "chrome"),
    **dict.fromkeys(("firefox", "파이어폭스"), "firefox"),
    **dict.fromkeys(("safari", "사파리"), "safari"),
    **dict.fromkeys(("macos", "mac os", "mac os x", "os x", "osx", "mac", "macbook", "맥", "맥북", "맥os"), "macOS"),
}

#: Names of the modifier keys a chord is written with ("command + K", "ctrl+shift+t", "fn + F2"), casefolded
#: (``quizzer.extract.keys_in_gloss``; older readers still spell their own lists).
KEY_MODIFIERS: frozenset[str] = frozenset(
    {"ctrl", "control", "alt", "shift", "cmd", "command", "option", "opt", "fn", "super", "meta", "win"}
)
#: Words that mean keys in a title or heading ("크롬 단축키", "Chrome keyboard shortcuts", "tmux key bindings"),
#: casefolded; "key" alone is left out ("the key to …"), its plural is in (``quizzer.extract.title_keys``).
KEY_WORDS: frozenset[str] = frozenset({
    "단축키", "shortcut", "shortcuts", "hotkey", "hotkeys", "key binding", "key bindings", "keybinding", "keybindings",
    "keys",
})
#: Programs that read keys typed inside the session they open, behind an escape character (ssh's ``~.``, telnet's
#: ``^]``, mosh's ``Ctrl-^ .``), each spelling → the name a card gives it; and the words a title names those keys by
#: ("SSH Escape Sequences", "ssh escape keys") (``quizzer.extract.title_keys.session_keys``).
SESSION_KEY_PROGRAMS: dict[str, str] = {"ssh": "ssh", "openssh": "ssh", "mosh": "mosh", "telnet": "telnet"}
ESCAPE_KEY_WORDS: frozenset[str] = frozenset({"escape sequence", "escape sequences", "escape key", "escape keys", "escapes"})
#: How each of those programs' escape keys open, casefolded (``~.``, ``^] quit``, ``Ctrl-^ .``): a key of another form in
#: such notes (``Ctrl-R``) is not typed inside the session (``quizzer.extract.walk.Walk.key_program``).
SESSION_ESCAPES: dict[str, tuple[str, ...]] = {
    "ssh": ("~",), "mosh": ("ctrl-^", "ctrl+^", "^^"), "telnet": ("^]", "ctrl-]", "ctrl+]"),
}

#: Names of keys notes write out (``PageUp``, ``Esc``, ``F5``), casefolded: a key, not a word, in notes
#: about an editor (``quizzer.extract.key_pairs``); ``Tab-x``, ``Space+P`` are chords of them.
KEY_NAMES: frozenset[str] = frozenset(
    """pageup pagedown pgup pgdn home end esc escape enter return tab backspace bs del delete insert ins
    space spacebar spc up down left right arrow arrows arrowup arrowdown arrowleft arrowright""".split()
    + [f"f{n}" for n in range(1, 13)]
)

#: Names of mouse buttons and actions notes list beside keys (``Button1``, ``Scroll``, ``Wheel``), casefolded: in
#: a block of keys and their glosses (``quizzer.extract.key_glosses``), ``^Scroll`` or ``Hold Button2`` is a binding.
MOUSE_NAMES: frozenset[str] = frozenset(
    [f"button{n}" for n in range(1, 10)]
    + "scroll scrollup scrolldown wheel wheelup wheeldown click doubleclick leftclick rightclick middleclick drag".split()
)

#: Programs that open a file to edit: ``vi ~/.bashrc : bash 설정 파일`` says what the file is, not what vi does.
EDITORS: frozenset[str] = frozenset("vi vim nvim nano emacs micro helix hx kak".split())

#: Programs with a command prompt of their own, and the commands typed at it: in notes about the
#: program (``# GDB 사용법``), ``## break : 중단점 설정`` is gdb's ``break``, not a program called break.
INTERACTIVE_COMMANDS: dict[str, frozenset[str]] = {
    "gdb": frozenset(
        """break b tbreak rbreak watch rwatch awatch info i clear delete d enable en disable dis condition
        run r start continue c next n step s stepi si nexti ni finish until advance return jump call print p
        display undisplay x list l backtrace bt frame f up down set ptype whatis kill attach detach
        quit q file core shell""".split()
    ),
    "lldb": frozenset(
        """breakpoint br b watchpoint run r process continue c thread next n step s finish frame fr up down
        print p po expression expr register memory disassemble di list l target image quit q""".split()
    ),
    # typed at tmux's ":" prompt and written one a line in ~/.tmux.conf ("set -g mouse on", "bind-key h …")
    "tmux": frozenset(
        """set set-option setw set-window-option show show-options bind bind-key unbind unbind-key if-shell
        run-shell source-file set-hook set-environment""".split()
    ),
}

#: Programs whose variants are named with a dot (``mkfs.ext4``, ``fsck.vfat``, ``mount.cifs``): such a word
#: starting a line is that program, not a setting like ``core.pager``.
DOTTED_FAMILIES: frozenset[str] = frozenset("mkfs fsck mount umount".split())

#: Partitioning programs opened on a device (``fdisk /dev/sda``) that then read one-letter commands from a
#: menu of their own: in a block, the letters typed after the opening line are that program's
#: (``quizzer.extract.menu_sessions``), not shell commands.
MENU_PROGRAMS: dict[str, frozenset[str]] = {
    "fdisk": frozenset("a b c d F g G i I l m n o O p q s t u v w x".split()),
    "gdisk": frozenset("b c d i l n o p q r s t v w x ?".split()),
}

#: Windows programs whose ``/?`` help is pasted without examples that run them (``MSTSC [/v:<server>] …`` and
#: ``/x -- …`` rows only): a capitals usage line naming one is that help (``quizzer.extract.windows_help``).
WINDOWS_HELP_PROGRAMS = frozenset({"mstsc", "cmdkey", "robocopy", "xcopy", "schtasks", "netsh", "icacls"})
#: A man page's sections (``NAME``, ``SYNOPSIS``, …, headings in capitals): names of the page's parts, never
#: terms; the page is one command's (man_pages).
MAN_SECTIONS: frozenset[str] = frozenset({
    "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ARGUMENTS", "COMMANDS", "SUBCOMMANDS", "OUTPUT", "EXAMPLE", "EXAMPLES",
    "ENVIRONMENT", "ENVIRONMENT VARIABLES", "FILES", "EXIT STATUS", "RETURN VALUE", "DIAGNOSTICS", "NOTES",
    "CONFIGURATION", "SEE ALSO", "COPYRIGHT", "LICENSE", "AUTHOR", "AUTHORS", "BUGS", "REPORTING BUGS", "HISTORY",
    "COLOPHON", "USAGE", "RESPONSE", "KEYS", "KEY BINDINGS",
})
#: HTML's element names: ``<pre>`` alone on a line is HTML; ``<url>`` alone over an indented description is a
#: placeholder named as a man page's term (blocks.prepare).
HTML_ELEMENTS: frozenset[str] = frozenset(
    "a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center "
    "cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure "
    "font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main "
    "map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt "
    "ruby s samp script section select slot small source span strike strong style sub summary sup svg table "
    "tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr".split()
)
#: …of them, those that list the command's options and arguments, an entry each (``-l``, ``<url>``).
MAN_OPTION_SECTIONS: frozenset[str] = frozenset({"OPTIONS", "ARGUMENTS"})
#: …of them, those that list the keys pressed inside the program, an entry each (``up, down j, k``, ``q``).
MAN_KEY_SECTIONS: frozenset[str] = frozenset({"KEYS", "KEY BINDINGS"})
#: …of them, those that list the command's sub-commands, an entry each (``zoxide-add(1)``, ``add``).
MAN_COMMAND_SECTIONS: frozenset[str] = frozenset({"COMMANDS", "SUBCOMMANDS"})
#: …of them, those that say nothing to learn about the command: who wrote it, its licence, other pages.
MAN_SECTIONS_LEFT_OUT: frozenset[str] = frozenset({
    "SEE ALSO", "COPYRIGHT", "LICENSE", "AUTHOR", "AUTHORS", "BUGS", "REPORTING BUGS", "HISTORY", "COLOPHON",
})

#: Database clients whose own commands start with a backslash (``\dt``, ``\G``), and those commands (the
#: letters after the backslash): in notes about the client, ``list the roles: `\du``` is its command
#: (``quizzer.extract.meta_commands``); ``\b`` is none (in a string it is an escape).
BACKSLASH_COMMANDS: dict[str, frozenset[str]] = {
    "psql": frozenset(
        """a c C cd conninfo connect copy copyright crosstabview d e echo ef encoding errverbose ev f g gdesc
        getenv gexec gset gx h H help i if elif else endif ir l list o out p password print prompt pset q qecho
        quit r reset s set setenv sf sv t T timing unset w write warn watch x z version""".split()
    ),
    "mysql": frozenset("c C d e g G h n p P q r R s t T u W w x".split()),
}
BACKSLASH_COMMANDS["mariadb"] = BACKSLASH_COMMANDS["mysql"]
#: Families of a client's backslash commands known by their first letters (psql's ``\d…``: ``\dt``, ``\di+``).
BACKSLASH_FAMILIES: dict[str, tuple[str, ...]] = {"psql": ("d",)}

#: Windows' cmd: its built-ins and tools that are no English word ("copy", "move", "help" are, and stay out; so is
#: "dir", short for directory: "# Home dir cleanup").  cmd reads a name in any case, and notes often write these in
#: capitals (`` `ICACLS`: … ``): that spelling names the program too.
WINDOWS_PROGRAMS: frozenset[str] = frozenset(
    """cls ipconfig tasklist taskkill systeminfo driverquery findstr xcopy robocopy chkdsk sfc attrib icacls
    takeown fsutil""".split()
)


def cmd_tool(word: str) -> str | None:
    """``ICACLS``, ``Ipconfig``, ``netsh``: one of Windows cmd's tools (:data:`WINDOWS_PROGRAMS`,
    :data:`WINDOWS_HELP_PROGRAMS`) in lower case, as the other readers know it (cmd reads a name in any case, and
    notes often write these in capitals); None for any other word."""
    name = word.lower()
    return name if name in WINDOWS_PROGRAMS or name in WINDOWS_HELP_PROGRAMS else None

#: Command-line programs a title or heading may name (``# grep 명령어``,
#: ``grep 옵션``): the document's tool when nothing closer names a command.
PROGRAMS: frozenset[str] = frozenset(
    {
        *(group for group in GROUPS if " " not in group), *VERB_PROGRAMS, *KEY_PROGRAMS, *INTERACTIVE_COMMANDS,
        *"""grep egrep sed awk find xargs rsync scp ssh ssh-keygen ssh-copy-id ssh-agent ssh-add sftp ffmpeg
        ffprobe ffplay imagemagick convert jq curl wget tar gzip gunzip bzip2 xz zip unzip chmod chown ls cp mv rm mkdir cat head tail sort uniq wc cut tr
        ps top kill df du mount journalctl rpm dpkg sqlite3 psql mysql redis-cli openssl make cmake gcc
        python python3 node java kubectl helm docker git conda npm yarn pnpm systemctl crontab nc netstat
        ss ping dig nslookup traceroute tcpdump iptables ufw useradd usermod userdel groupadd groupdel passwd chage gpasswd sudo su history alias
        echo printf diff patch ln touch file stat which whereis locate man less more watch cd pwd clear exit
        source export env unset type pushd popd jobs fg bg nohup disown chgrp umask id whoami groups uname hostname
        free uptime date cal bc tee xargs nl od hexdump strings basename dirname realpath readlink mkfifo
        shutdown reboot poweroff lsof pkill killall pgrep htop vmstat iostat ifconfig route arp telnet ftp
        rsync zcat zgrep tree service apt-cache aptitude xdotool nmap split paste mvn""".split(),
        # macOS's tracing tools
        *"fs_usage opensnoop dtruss".split(),
        # zsh's builtins that set its options ("`setopt correct`", "unsetopt beep")
        *"setopt unsetopt".split(),
        # disks and file systems (not dd, a key of vi; not parted, whose own prompt lines read "(parted) …")
        *"""pv lsblk blkid sgdisk wipefs mkswap swapon swapoff btrfs btrfsck mkfs.btrfs mkfs.ext4 e2fsck resize2fs
        grub-install cryptsetup losetup""".split(),
        *WINDOWS_PROGRAMS,
        # SELinux's tools
        *"""sestatus getenforce setenforce semanage semodule chcon restorecon getsebool setsebool ausearch audit2allow
        audit2why sesearch seinfo runcon chcat matchpathcon""".split(),
    }
)

#: Programs left out of :data:`PROGRAMS` because their name is something else in notes too (``dd``: a key of vi): a
#: line running one with arguments in a block marked as a shell's (```` ```bash ````: ``dd if=a.img of=/dev/sdb``) is
#: that program's all the same (``quizzer.extract.code``).
SHELL_ONLY_PROGRAMS: frozenset[str] = frozenset({"dd"})

#: Programs with a prompt of their own (``> db.users.find()``, ``mysql> SHOW TABLES;``): the word
#: a prompt or a document's title names them by → the program a typed line is a command of.
SHELL_PROGRAMS: dict[str, str] = {
    "mongo": "mongo", "mongodb": "mongo", "mongosh": "mongosh",
    "mysql": "mysql", "mariadb": "mariadb",
    "postgres": "psql", "postgresql": "psql", "psql": "psql",
    "sqlite": "sqlite3", "sqlite3": "sqlite3",
    "redis": "redis-cli", "redis-cli": "redis-cli",
    "node": "node", "nodejs": "node",
    "openssl": "openssl",
}

#: A code block's language naming the shell (```` ```bash ````, ```` ```console ````): its lines are typed at the
#: shell's prompt.  Readers add what else they take as a shell's block (none, ``text``, ``terminal`` …).
SHELL_FENCE_INFOS: frozenset[str] = frozenset({"sh", "bash", "zsh", "shell", "console", "shell-session"})
#: A code block's language naming a Makefile (```` ```makefile ````): a self-documented one's targets are read as
#: ``make TARGET`` (``quizzer.extract.makefiles``), its lines are never typed at a shell.
MAKEFILE_FENCE_INFOS: frozenset[str] = frozenset({"make", "makefile", "mk"})
#: A code block's language naming plain text (```` ```text ````, ```` ```txt ````): no program's lines, marked so
#: for their plain colours (what a run printed, a list, a sheet of items, a help text).
PLAIN_TEXT_FENCE_INFOS: frozenset[str] = frozenset({"text", "txt", "plain", "plaintext"})
#: A code block's language naming markdown (```` ```md ````): text written as it would be outside a block.
MARKDOWN_FENCE_INFOS: frozenset[str] = frozenset({"md", "markdown"})
#: A code block's language of plain or markdown text (none, ```` ```text ````, ```` ```md ````): text a person
#: wrote as they would outside a block (a list, a sheet of items), no program's (``quizzer.extract.fence_lists``,
#: ``quizzer.extract.leader_items``).
PROSE_FENCE_INFOS: frozenset[str] = frozenset({""}) | PLAIN_TEXT_FENCE_INFOS | MARKDOWN_FENCE_INFOS
#: A code block's language of text marked as no program's (none, ```` ```text ````, ```` ```none ````): a sheet of
#: keys written as plain lines (``quizzer.extract.key_glosses``, ``quizzer.extract.key_lines``).
UNMARKED_FENCE_INFOS: frozenset[str] = frozenset({"", "none"}) | PLAIN_TEXT_FENCE_INFOS
#: A code block's language where a program's help text stands, pasted (none, ```` ```text ````) or as a shell
#: printed it (```` ```sh ````) (``quizzer.extract.grouped_options``, ``quizzer.extract.helpblock``).
HELP_TEXT_FENCE_INFOS: frozenset[str] = frozenset({""}) | PLAIN_TEXT_FENCE_INFOS | SHELL_FENCE_INFOS
#: The same, and a block marked as a help (```` ```help ````): where the readers of a whole help block look (its option
#: rows: ``quizzer.extract.helpblock``; its sub-command rows: ``quizzer.extract.command_listings``).
HELP_BLOCK_FENCE_INFOS: frozenset[str] = HELP_TEXT_FENCE_INFOS | {"help"}
#: A code block's language naming no shell (a file's text, a program in another language, what a run printed): its
#: lines are not command lines typed at a prompt (``quizzer.extract.code``), unless they show a shell's prompt.
NOT_SHELL_FENCE_INFOS: frozenset[str] = frozenset(
    "yaml yml json xml html css js javascript ts typescript python py java go rust c cpp sql "
    "dockerfile toml ini properties groovy kotlin vim viml vimscript vimrc lua gitconfig diff markdown md "
    "text txt plaintext log output".split()
) | MAKEFILE_FENCE_INFOS

#: Programs with a shell of their own whose typed lines are SQL statements (``create user x;``).
SQL_SHELLS: frozenset[str] = frozenset({"psql", "mysql", "mariadb", "sqlite3"})
#: The program whose prompt names the database it is connected to (``mydb=#``, ``mydb=>``).
DATABASE_PROMPT_PROGRAM = "psql"

#: Words that stand for any command in notes about the shell itself (``cmd > file``, ``cmd1 | cmd2``,
#: ``<command> &``), casefolded: the form is the subject, the word names no program.
STAND_IN_COMMANDS: frozenset[str] = frozenset(
    "cmd cmd1 cmd2 cmd3 command command1 command2 command3 commands prog prog1 prog2 program".split()
)

#: SQL verbs whose next word says what kind of thing they act on (``show grants``, ``drop user``,
#: ``create table``): two statements are one command only if both words agree.
SQL_OBJECT_VERBS: frozenset[str] = frozenset({"show", "create", "drop", "alter", "describe", "use"})
#: Verbs an SQL statement starts with (``create user x;``, ``select * from t;``): one typed alone in a block of notes
#: about an SQL client is typed at its prompt (``quizzer.extract.repl``).
SQL_STATEMENT_VERBS: frozenset[str] = frozenset(
    {"select", "create", "alter", "drop", "insert", "update", "delete", "grant", "revoke", "truncate"}
)

#: Words that label what follows as an example ("예제: …", "e.g. …", "Example -"): an item opening with one labels
#: the block under it as the example of the item above (``quizzer.extract.code``).  Casefolded; all are LABELS too.
EXAMPLE_WORDS: frozenset[str] = frozenset({"예제", "예시", "예", "ex", "e.g", "eg", "example", "examples"})
#: Words heading a table's column that says what each row's thing means or does ("| 명령어 | 설명 |", "| Key |
#: Action |"): the gloss column (``tables``, ``argument_tables``, ``key_tables``, ``platform_tables``, each with words
#: of its own beside these).
MEANING_HEADER_WORDS: frozenset[str] = frozenset(
    {"설명", "의미", "뜻", "용법", "기능", "동작", "역할", "description", "desc", "meaning", "purpose", "action"}
)

#: Words heading a table's column of short forms (``| Abbreviation | Full name |``, ``| 약어 | 원어 |``): with a
#: column of what each stands for (:data:`LONG_FORM_HEADER_WORDS`), each row is a short form and its long form
#: (``quizzer.extract.short_form_tables``).  Casefolded, whole headers.
SHORT_FORM_HEADER_WORDS: frozenset[str] = frozenset({"abbreviation", "abbr", "abbr.", "acronym", "약어", "약자", "줄임말"})
#: Words heading the column of what a short form stands for, beside :data:`SHORT_FORM_HEADER_WORDS`'s column.
LONG_FORM_HEADER_WORDS: frozenset[str] = frozenset(
    {"full name", "full form", "stands for", "expansion", "long form", "원어", "풀네임", "전체 이름", "본딧말"}
)

#: Last words of a phrase saying what a program does by naming its functions (``ping + tracert 의 기능``, ``주요
#: 역할``): the items nested under it are those functions, each more of what it does (``quizzer.extract.rules``).
FUNCTIONS_WORDS_KO: frozenset[str] = frozenset({"기능", "기능들", "역할", "역할들"})

#: Words heading a table's column of what replaces the program named in the row's first cell (``| net-tools | 대체
#: 명령어 |`` over ``| netstat | ss |``): each row is an old program and the one to use instead
#: (``quizzer.extract.replacement_tables``).  Casefolded, whole headers.
REPLACEMENT_HEADER_WORDS: frozenset[str] = frozenset(
    {"대체 명령어", "대체 명령", "대체 도구", "대체", "replacement", "replaced by", "modern replacement", "successor"}
)

#: Words naming a table's column of what each row is for (``| Use Case | Command Example |`` over ``| **Count Matches** |
#: `grep -c x f` |``): the meaning of the command in the row when no column names a meaning outright (a ``Description``
#: beside it says more, ``quizzer.extract.tables``).
USE_HEADER_WORDS: frozenset[str] = frozenset({"use case", "task", "작업", "용도"})
#: Words naming a kind of software ("버전 관리 툴", "a compiler tool"): a description that ends on one, or whose first
#: clause names it ("패턴 처리 도구로 …", "… 편집기입니다"), says what kind of thing the name is, a definition, not what
#: it does (``quizzer.extract.rules``).  The Korean ones are read inside words, the English ones as words.
KIND_WORDS_KO: frozenset[str] = frozenset({"툴", "도구", "언어", "패키지", "라이브러리", "프레임워크", "에디터", "편집기"})
KIND_WORDS_EN: frozenset[str] = frozenset({"tool", "language", "library", "framework", "editor"})
#: What a table's cell holds when it holds nothing ("-", "n/a", "없음"): no value, no key on that platform.
EMPTY_CELLS: frozenset[str] = frozenset({"", "-", "–", "—", "n/a", "none", "없음"})
#: What a table's key cell holds when that platform has no key for the row: an empty cell, or a cross.
EMPTY_KEY_CELLS: frozenset[str] = EMPTY_CELLS | {"x"}
#: Words naming a command's arguments ("인자", "parameters"): a sentence of them over placeholders says what to give
#: (``signals``), a table column headed by one lists them (``argument_tables``).  The Korean ones are read inside
#: words ("인자값"), the English ones as words.
ARGUMENT_WORDS_KO: frozenset[str] = frozenset({"인자", "인수", "매개 변수", "파라미터"})
ARGUMENT_WORDS_EN: frozenset[str] = frozenset(
    {"argument", "arguments", "arg", "args", "parameter", "parameters", "param", "params"}
)
#: …and words that say so only in such a clause ("… 프로그램입니다", "vi improved의 약어입니다"), not as a description's
#: last word alone.
KIND_CLAUSE_WORDS_KO: frozenset[str] = frozenset({"프로그램", "소프트웨어", "약어", "줄임말"})
#: Words that name a way or an order to follow ("압축 푸는 방법", "설치 순서"): a short line ending on one is the title
#: of what comes next, not what a command does (``quizzer.extract.rules``).
WAY_WORDS_KO: frozenset[str] = frozenset({"방법", "순서", "과정", "절차"})
#: Words pointing at what comes next in the notes ("다음과 같다", "아래와 같이", "다음 명령어"), each with the particle
#: "like" takes after it (과 after a consonant, 와 after a vowel): a sentence that says what follows is like this
#: leads in to it (``quoted_commands``, ``rules``, ``code``), it says nothing of its own.
POINTING_WORDS_KO: dict[str, str] = {"다음": "과", "아래": "와"}
#: "다음과 같", "아래와 같": :data:`POINTING_WORDS_KO`'s words saying "like what follows", before the ending ("같다",
#: "같이", "같은"), a regex.
LIKE_WHAT_FOLLOWS_KO = "(?:" + "|".join(word + particle for word, particle in POINTING_WORDS_KO.items()) + r")\s*같"
#: Verbs of giving a flag, in the "if" form that goes on to what happens then ("`-v` 붙이면 …", "옵션을 주면 …"):
#: a sentence naming a flag and one of these says what the flag does (``flag_items``, ``part_sentences``,
#: ``flag_using``, ``rules``).
GIVING_VERBS_KO: frozenset[str] = frozenset({"붙이면", "주면", "사용하면", "이용하면", "쓰면", "추가하면", "넣으면"})


#: Words that label what follows instead of naming a term: never a card's side.
LABELS: frozenset[str] = frozenset(
    {
        "use case", "use cases", "ex", "e.g", "eg", "example", "examples", "예", "예시", "예제", "사용법", "사용", "usage",
        "참고", "주의", "note", "notes", "tip", "tips", "trick", "tricks", "warning", "팁", "결과", "output",
        "출력", "options", "option", "옵션", "flags", "flag", "응용", "상황", "장점", "단점", "reference", "references",
        "레퍼런스", "참고자료", "source", "sources", "here", "result", "results", "syntax", "문법", "구문",
        "description", "설명", "summary", "요약", "see also", "형식", "format", "출처", "fun fact", "trivia",
        "결론", "conclusion", "way", "ways",
    }
)

#: Labels of a list of a command's options ("주요 옵션:" over an example's flags), casefolded.
OPTION_LABELS: frozenset[str] = frozenset({"options", "option", "옵션", "flags", "주요 옵션", "자주 쓰는 옵션"})

#: Labels saying an item tells what the heading's term is or is for ("- 용도: …"), casefolded.
PURPOSE_LABELS: frozenset[str] = frozenset({"용도", "정의", "역할", "purpose", "definition", "what it is", "what it does"})

#: The flags that ask a program for its help ("git -h", "ls --help"): a line passing only them shows no doing.
HELP_FLAGS: frozenset[str] = frozenset({"-h", "--help", "-help"})

#: Words written in capitals before a colon to flag the rest of a line ("NEW: …", "UPDATE: …", "TODO: …"): a
#: marker on the text after it, never a term that the text defines.  Only in capitals: "new: …" may name a
#: sub-command.
MARKER_WORDS: frozenset[str] = frozenset(
    {"NEW", "UPDATE", "UPDATED", "EDIT", "TODO", "FIXME", "NOTE", "IMPORTANT", "WARNING", "HINT", "ATTENTION"}
)


#: Words in capitals a program's messages start with ("ERROR: Unable to …", "WARNING: …"): a code block with a
#: line so shows what a program printed, not a glossary of ``WORD: meaning`` lines.
MESSAGE_LEVELS: frozenset[str] = frozenset(
    {"ERROR", "ERR", "WARNING", "WARN", "INFO", "DEBUG", "FATAL", "NOTICE", "CRITICAL", "TRACE", "PANIC", "SEVERE"}
)

#: Words that make a program's message an error ("rm: cannot remove 'x/': Is a directory", "ls: x: No such file or
#: directory"), as against a notice it prints on success ("strace: Process 42 attached"): a prompted line whose
#: program answers so failed (``quizzer.extract.failed_runs``).
ERROR_WORDS: tuple[str, ...] = (
    "cannot", "can't", "could not", "couldn't", "error", "fatal", "failed", "unable", "no such", "not found",
    "denied", "invalid", "unrecognized", "illegal", "missing", "not permitted",
)


#: Words a comment opens with to mark the line under it as one that does not work ("# 사용 불가: …", "# Wrong: …"):
#: a line shown to be avoided, never what it does.
FAILING_LABELS: tuple[str, ...] = (
    "사용 불가", "사용불가", "동작 안 함", "작동 안 함", "안 됨", "안됨", "실패", "잘못된 예", "잘못된 방법", "틀린 예",
    "wrong", "bad", "incorrect", "doesn't work", "does not work", "won't work", "will not work", "fails",
)


def is_marker(text: str) -> bool:
    """``NEW``, ``UPDATE:``: a marker word in capitals, not a term."""
    return text.strip().rstrip(":：").strip() in MARKER_WORDS


#: Words that, with a number after them, label one of several steps, fixes or ways ("단계 1: …", "해결2: …",
#: "Step 3: …", "Solution 1: …"), casefolded: the number says which of them, the word names no term.
NUMBERED_LABELS: frozenset[str] = frozenset(
    {
        "단계", "스텝", "해결", "해결책", "해결법", "해결 방법", "해결방법", "방법", "방안", "예", "예시", "예제", "시나리오",
        "step", "stage", "phase", "solution", "fix", "workaround", "way", "method", "option", "case", "example",
        "scenario",
    }
)
#: Words that label the way out of a problem told above ("해결 방법 : git push origin dev …", "Solution: …"),
#: casefolded: what follows is what to do, and what doing it does; the word names no term.  ("fix" is left out: "fix:
#: 버그 수정" among "feat:", "docs:" names a kind of commit, a term.)
FIX_LABELS: frozenset[str] = frozenset(
    {"해결", "해결책", "해결법", "해결 방법", "해결방법", "solution", "workaround"}
)
_NUMBERED_LABEL = lazyre.pattern(r"(?P<word>[^\W\d_][^\d]*?)\s*(?:#|no\.\s*)?\d{1,2}(?:\s*[.)])?")


# "1단계", "제2 단계": Korean puts the number first as often (ordinals: 제 before it)
_NUMBER_FIRST_KO = lazyre.pattern(r"(?:제\s*)?\d{1,2}\s*(?P<word>[\uac00-\ud7a3]+(?:\s[\uac00-\ud7a3]+)?)")


def is_numbered_label(text: str) -> bool:
    """``단계 1``, ``해결2``, ``Step 3``, ``Solution #1``, ``1단계``: a label word and a number, not a term."""
    text = text.strip().rstrip(":：").strip()
    first = _NUMBER_FIRST_KO.fullmatch(text)
    if first is not None:
        return first.group("word") in NUMBERED_LABELS
    if not (text[-1:].isdigit() or text[-1:] in (".", ")")):
        return False  # _NUMBERED_LABEL ends in the number, maybe a "." or ")" after it (most terms do not)
    match = _NUMBERED_LABEL.fullmatch(text)
    return match is not None and match.group("word").casefold() in NUMBERED_LABELS


_LABELLED = lazyre.pattern(r"([^:：\n]{1,20})[:：]\s+(?=\S)")


def is_fix_label(text: str) -> bool:
    """``해결 방법``, ``Fix:``: a word labelling the way out of a problem (:data:`FIX_LABELS`), not a term."""
    return text.strip().rstrip(":：").strip().casefold() in FIX_LABELS


def after_numbered_label(text: str) -> str | None:
    """``해결2: known_hosts를 갱신한다.`` → ``known_hosts를 갱신한다.``: the text after a numbered label (or a fix's,
    ``해결: …``) and its colon; None when the text does not start with one."""
    match = _LABELLED.match(text)
    return text[match.end():] if match and (is_numbered_label(match.group(1)) or is_fix_label(match.group(1))) else None


#: Operating systems by family, each as notes spell it, casefolded (a space stands for any spacing, "mac os" is
#: also "macOS"): the one list every reading of a system's name draws on — a heading over the lines to run
#: there ("### Ubuntu 22.04", "#### CentOS 7"), a column of a table of each system's commands, a platform
#: named over or before keys ("Mac: Cmd+C").
SYSTEM_FAMILIES: dict[str, frozenset[str]] = {
    "linux": frozenset({
        "linux", "ubuntu", "debian", "centos", "fedora", "rhel", "red hat", "redhat", "rocky linux", "rocky",
        "almalinux", "arch", "arch linux", "manjaro", "opensuse", "suse", "alpine", "amazon linux", "mint",
        "linux mint", "kali", "kali linux", "raspbian", "raspberry pi os", "wsl", "wsl2", "리눅스", "우분투", "데비안",
        "센트os",
    }),
    "mac": frozenset({"mac", "macos", "mac os", "mac os x", "os x", "osx", "맥", "맥os"}),
    "windows": frozenset({"windows", "win", "윈도우"}),
    "bsd": frozenset({"freebsd"}),
}
#: Every spelling of :data:`SYSTEM_FAMILIES`: where a block runs, never what it does.
SYSTEMS: frozenset[str] = frozenset().union(*SYSTEM_FAMILIES.values())
#: Platforms keys are listed for beside the operating systems ("Chrome OS: Ctrl+Shift+L", a "PC" column).
KEY_PLATFORMS: frozenset[str] = SYSTEMS | {"chrome os", "ios", "android", "pc"}
#: Words that open a label of where keys apply, not of what they do ("In the terminal", "On a Mac", "Inside tmux"):
#: a column of such labels beside keys is no list of actions (``quizzer.extract.key_columns``).
KEY_PLACE_WORDS: frozenset[str] = frozenset(
    {"in", "on", "inside", "within", "under", "from", "at", "for", "via", "outside", "with"}
)

#: Korean words of caution ("주의해서 써야 한다", "덮어쓰니 조심", "위험하다"): a warning on running something, not what
#: it does (``quizzer.extract.narrative``, ``quizzer.extract.prompt_items``).
CAUTION_WORDS_KO: frozenset[str] = frozenset({"주의", "조심", "위험"})
#: What a writer puts, in brackets, where they cut a line short ("aws route53 list...(이하 생략)", "[snip]"):
#: such a line is no command to learn (``quizzer.extract.code``).  Casefolded; a space may be left out.
ELIDED_WORDS: frozenset[str] = frozenset({"생략", "이하 생략", "omitted", "truncated", "snip", "snipped"})


def names_pattern(names: Iterable[str]) -> str:
    """A regular expression (for ``re.IGNORECASE``) of any of ``names``, longest first, a space in a name
    standing for any spacing (``mac os``: "Mac OS", "macOS")."""
    spelled = (r"\s*".join(map(re.escape, name.split())) for name in sorted(names, key=len, reverse=True))
    return "(?:" + "|".join(spelled) + ")"


#: :data:`POINTING_WORDS_KO`'s words before a noun they point at ("다음 명령", "아래의 코드", "다음과 같은 명령어"), a
#: regex: the thing named is the one below.
POINTER_KO = rf"(?:{LIKE_WHAT_FOLLOWS_KO}은|{names_pattern(POINTING_WORDS_KO)}의?)"
#: The Korean words for a command ("`du` 명령어는 …", "다음 명령으로", "chsh 커맨드를 입력"), and the regex of any of them.
COMMAND_WORDS_KO: frozenset[str] = frozenset({"명령어", "명령", "커맨드"})
COMMAND_NOUN_KO = names_pattern(COMMAND_WORDS_KO)
#: Words that label a command's usage line ("형식: tar [옵션] 파일", "## Syntax" over ``adb [-d | -e] <command>``): the
#: line after them shows how the command is written, they say nothing it does.
FORM_WORDS: frozenset[str] = frozenset({"형식", "구문", "문법", "사용법", "syntax", "usage", "synopsis", "format"})
#: English phrases ending a clause that says what follows is like this ("it can be used as follows:", "run it like
#: this:"): a sentence ending on one leads in to the lines below (``code``, ``decide``), it says nothing of its own;
#: "the following" (a noun: "run the following command") is each regex's own frame.
LIKE_WHAT_FOLLOWS_EN: frozenset[str] = frozenset({"as follows", "like this", "like so"})
#: Words a sentence opens with when it adds to or narrows the sentence before it ("또한 -p와 함께 …" (moreover),
#: "구체적으로 말하면, …" (to be exact), "이외에도 다양한 방식이 있음" (besides this)): over a code block, the fact it
#: finishes began above it, so which fact the line states is not sure (``gate``).  A bare "and" / "그리고" is not
#: one: "and, now increase that number" over a line often is what the line does.
CONTINUING_OPENERS: frozenset[str] = frozenset({"또한", "구체적으로", "이 외에도", "그 외에도", "otherwise"})
#: Words that place a sentence among the steps told ("그리고 `git status`로 …", "그다음 …", "먼저 `git pull`로 …"): a sentence opening
#: so tells a story of steps, it names no task of its own.
SEQUENCE_WORDS_KO: frozenset[str] = frozenset(
    {"그리고", "그다음", "그 다음", "다음으로", "이어서", "그리고 나서", "그러고 나서", "먼저", "우선", "처음에", "마지막에",
     "마지막으로"}
)
#: Nouns that, as a sentence's predicate, say what the lines below *are* ("아래는 … 간단한 예시입니다", "다음 명령어는
#: 포맷된 로그의 한 종류다", "Here is an example"): the text classes the block, it says nothing of what a line does.
EXAMPLE_NOUNS_KO: frozenset[str] = frozenset({"예시", "예제", "종류"})
EXAMPLE_NOUNS_EN: frozenset[str] = frozenset({"example", "examples", "sample"})
#: Nouns that, ending the lead-in over a list ("Example search entries:", "Some patterns to try:"), say its items are
#: text typed into a search or a prompt, not keys pressed: `` `foo` - searches for string foo `` under it is an input.
INPUT_NOUNS_EN: frozenset[str] = frozenset(
    {"entries", "inputs", "queries", "patterns", "strings", "expressions", "regexes", "searches"}
)
#: Nouns that, ending a short Korean label, name a problem the notes turn to ("_보안이슈_", "권한 문제"): over a code
#: block such a label is the topic of the lines, not what a line does.  (A Korean phrase of doing ends in its verb,
#: "권한 문제 해결"; English words are left out: "Permission errors" reads as often as the task "Count the errors".)
PROBLEM_NOUNS: frozenset[str] = frozenset({"이슈", "문제", "오류", "에러"})
#: How an author says they are not sure of what they write ("정확하진 않으나", "잘 모르겠지만", "I'm not sure, but"):
#: a card would teach as a fact what the notes only guess.  (A space in an entry stands for any spacing.)
HEDGES_KO: frozenset[str] = frozenset({"정확하진 않", "정확하지는 않", "정확하지 않", "확실하진 않", "확실하지는 않",
                                       "확실하지 않", "잘 모르겠"})
HEDGES_EN: frozenset[str] = frozenset({"not sure", "not certain", "i think", "i guess"})
#: How a sentence points back to a part of the notes above ("위에 … 섹션에 나와있는대로", "As described above"): what it
#: tells is said there, and over a code block the card would hold the pointer.
POINTING_BACK_KO: frozenset[str] = frozenset({"나와 있는 대로", "말한 대로", "설명한 대로", "언급한 대로", "설명한 것처럼",
                                             "말한 것처럼", "설명한 바와 같이", "언급한 바와 같이"})
POINTING_BACK_EN: frozenset[str] = frozenset({"as described above", "as mentioned above", "as shown above",
                                             "as explained above", "as noted above", "as described earlier",
                                             "as mentioned earlier", "as explained earlier", "see above"})


#: Of :data:`SYSTEMS`, the names that are ordinary words too, casefolded: tmux's "## Windows" over
#: "tmux new-window" are its windows, "## Arch" may be the machine's architecture.  Alone they name no system;
#: with a version ("Windows 11") or beside another system ("macOS / Windows") they do.
SYSTEM_WORDS: frozenset[str] = frozenset({"windows", "win", "mac", "arch", "mint", "rocky", "alpine", "윈도우"})
# a system, its version, and a one-word remark in brackets ("CentOS 7 (yum)"); "Linux (kernel version)" says
# what the lines show
_SYSTEM_NAME = lazyre.pattern(
    r"(?P<name>[^\W\d_][^()/,]*?)\s*(?P<version>v?\d+(?:\.\d+)*(?:\s*lts)?)?\s*(?:\([^()\s]*\))?", re.IGNORECASE
)


# "Tested on Linux", "Works on macOS": where the lines were run, said of the systems that follow
_TESTED_ON = lazyre.pattern(r"^(?:tested|works|verified|runs)\s+(?:on|with|under)\s+(?=\S)", re.IGNORECASE)


def names_system(text: str) -> bool:
    """``Ubuntu 22.04``, ``Mac OS X``, ``CentOS 7 (yum)``, ``Debian / Ubuntu``: one or more operating systems,
    with their versions, and nothing else (a name that is an ordinary word too, :data:`SYSTEM_WORDS`, only
    with a version or beside another system)."""
    text = _TESTED_ON.sub("", text.strip())
    parts = [part.strip() for part in re.split(r"\s*(?:/|,|&|\band\b|및)\s*", text.strip().rstrip(":："))]
    matches = [_SYSTEM_NAME.fullmatch(part) for part in parts]
    names = [match.group("name").strip().casefold() if match else "" for match in matches]
    return bool(parts) and all(name in SYSTEMS for name in names) and (
        len(parts) > 1 or any(m is not None and m.group("version") for m in matches) or names[0] not in SYSTEM_WORDS
    )


_BRACKETED_END = lazyre.pattern(r"\s*\(([^()]*)\)\s*$")


def without_system(text: str) -> str:
    """``🍺 Homebrew (Mac OS)`` → ``🍺 Homebrew``, ``-G (macOS)`` → ``-G``: the text without the systems it names in
    brackets at its end (where it applies, not what it is)."""
    match = _BRACKETED_END.search(text)
    return text[: match.start()] if match is not None and names_system(match.group(1)) else text


#: Who wrote a page and under what terms, as a label or a heading says it ("Author", "License", "작성자"), casefolded.
_BYLINE_WORDS: frozenset[str] = frozenset({"author", "authors", "작성자", "저자", "license", "licence"})
#: Labels of a page's byline and scope ("**Authors**: …", "Applies To: Windows Server 2012, …", "작성자: …",
#: "**Supported**: Linux, macOS", "미지원: Windows", a plugin help's "License: Same terms as Vim itself"),
#: casefolded: who wrote the notes, under what terms, or what they are for, never a term and its definition.
BYLINE_LABELS: frozenset[str] = _BYLINE_WORDS | frozenset(
    {"written by", "applies to", "글쓴이", "적용 대상", "supported", "unsupported", "not supported", "지원", "미지원",
     "지원 환경", "지원 os"}
)

#: Headings of a page's byline sections ("## Copyright", "## Authors", "## License"), casefolded: who wrote the
#: page or the program and under what terms; nothing under them is a fact to learn.
BYLINE_SECTIONS: frozenset[str] = _BYLINE_WORDS | frozenset(
    {"copyright", "credits", "contributors", "acknowledgements", "acknowledgments", "저작권", "라이선스", "라이센스"}
)

#: Labels of a remark set beside what a section does ("Note: unlike apt, …", "**Warning**: …",
#: "See also …", a blog's "**Update:** …"): the paragraph is an aside, never what the block below does.
REMARK_LABELS: frozenset[str] = frozenset(
    {"note", "notes", "tip", "tips", "warning", "caution", "important", "see also", "update", "edit", "참고", "주의", "팁",
     "fun fact", "trivia", "info", "hint", "danger", "attention"}
)

#: Keys of the metadata lines a static site generator reads at the top of a page (Pelican's ``Title: …`` /
#: ``Date: …`` / ``Tags: …``, MultiMarkdown's ``Author: …``), casefolded: what the site shows about the page, never a
#: term of the notes and its meaning.
METADATA_KEYS: frozenset[str] = frozenset(
    {"title", "subtitle", "date", "modified", "author", "authors", "category", "tags", "keywords", "slug", "summary",
     "description", "lang", "status", "template", "save_as", "url", "translation"}
)

#: Kinds of MkDocs box (``!!! bug``) that are a remark beside the text though their word is no remark label: the
#: label each is read under
REMARK_BOX_KINDS: dict[str, str] = {
    "bug": "warning", "failure": "warning", "fail": "warning", "missing": "warning", "error": "warning",
    "todo": "note",
}

#: Words that make a heading a topic (what a section does with a program, or a part of the notes)
#: rather than a name or what a program is for: "## `nginx` 설정", "## Getting started".
TOPIC_WORDS: frozenset[str] = frozenset(
    {
        "설치", "설정", "사용법", "사용 방법", "사용방법", "사용하기", "옵션", "예제", "예시", "정리", "기초", "기본",
        "활용", "소개", "명령", "명령어", "팁", "주의", "참고", "문제", "해결", "에러", "오류",
        "install", "installation", "installing", "setup", "set up", "config", "configuration", "configuring",
        "usage", "option", "options", "example", "examples", "basic", "basics", "tip", "tips", "note", "notes",
        "command", "commands", "troubleshooting", "error", "errors", "overview", "summary", "introduction",
        "intro", "prerequisites", "requirements", "todo", "settings", "link", "links", "resources", "reference",
        "references", "see also", "getting started", "conclusion", "faq", "misc", "miscellaneous", "other",
        "more", "how", "why", "what",
    }
)


def topic_words() -> str:
    """:data:`TOPIC_WORDS` as one regular-expression alternation, longest first."""
    return "|".join(re.escape(word) for word in sorted(TOPIC_WORDS, key=lambda word: (-len(word), word)))


#: Nouns that, ending a phrase, make it a label of what follows rather than a term:
#: "비슷한 용어: CUI", "주로 사용하는 용도: …", "주의해야 할 점: …".
_LONGEST_LABEL = max(map(len, LABELS))
LABEL_HEADS: frozenset[str] = frozenset({"용어", "용도", "할 점", "할 것", "주의점", "요점"})
_LABEL_HEAD_ENDS = tuple(LABEL_HEADS)  # one str.endswith for all of them before each is asked

#: How a sentence that leads into what follows begins: "There are two approaches: …",
#: "It's important to know that …: …".
LEAD_IN_STARTS: tuple[str, ...] = (
    "there is", "there are", "it's", "it is", "here is", "here are", "this is", "these are", "note that",
)

#: How a sentence that sets up a situation begins ("Given a Makefile with …", "Suppose the disk is full"):
#: a premise, never what the command under it does.
PREMISE_STARTS: tuple[str, ...] = ("given ", "assuming ", "assume ", "suppose ", "supposing ", "imagine ")


# "test.zip 파일이 있음을 가정", "폴더가 있다고 가정하자": a Korean premise ends in 가정 (what is assumed, then "assume")
_PREMISE_KO = lazyre.pattern(r"(?:을|를|다고|라고)\s*가정(?:하자|한다|합니다|하고|함)?\s*[.!]?$")


def is_premise(text: str) -> bool:
    """``Given `install:` as the default target …``, ``test.zip 파일이 있음을 가정``: a sentence that only sets the
    scene (``Given a video file, generate …`` goes on to say what to do after its comma; a Korean one says what it
    assumes, then 가정, with no comma before it)."""
    if has_hangul(text):
        return "," not in text and _PREMISE_KO.search(text.strip()) is not None
    return text.lstrip().casefold().startswith(PREMISE_STARTS) and "," not in text


def without_premise(text: str) -> str:
    """``text`` without a Korean premise closing it after a comma (``-d 옵션 사용, mydir 폴더가 있음을 가정`` → ``-d 옵션
    사용``)."""
    head, comma, last = text.rpartition(",")
    return head.rstrip() if comma and head.strip() and is_premise(last) else text


#: Korean nouns of doing that ``시`` ("when") follows to make a condition ("사용시", "설치 시", "필요시"); ``시`` after
#: other words ends a noun ("표시", "무시", "다시").
CONDITION_NOUNS_KO: frozenset[str] = frozenset(
    """사용 실행 설치 접속 종료 변경 부팅 로그인 필요 오류 에러 시작 생성 삭제 재시작 업데이트 배포 호출 입력 저장
    연결 요청 실패 성공 설정 빌드 테스트 개발 운영""".split()
)
#: How an English condition begins ("When using minikube", "If installed with apt"): with no comma after it, the
#: case a line is for, never what it does.
CONDITION_STARTS: tuple[str, ...] = ("if ", "when ", "whenever ", "in case ", "only if ", "only when ")
_CONDITION_KO = lazyre.pattern(
    r"(?:경우|때|(?:"
    + "|".join(sorted(CONDITION_NOUNS_KO, key=len, reverse=True))
    + r")\s?시|[할될볼쓸]\s시)(?:에는|에|엔|는)?\s*[:：.]?\s*$"
    # "…무시하고 싶다면": if one wants it, as English "If you want to …"
    r"|싶(?:다면|으면)\s*[:：,]?\s*$"
)


# "If you want to undo a commit", "If you want Docker to start on boot", "If you want the cache to be kept": a goal,
# the thing wanted done named before "to" (a word or three, no comma: "If you want more, see …" is no goal)
_WISH = lazyre.pattern(
    r"싶(?:은\s*경우|을\s*때|다면|으면)(?:에는|에|엔)?\s*[:：.]?\s*$"
    r"|^(?:if|when)\s+you\s+(?:want|need|wish)\s+(?:[\w.-]+\s+){0,3}?to\s",
    re.IGNORECASE,
)


def says_wish(text: str) -> bool:
    """``다른 브랜치의 커밋을 가져오고 싶은 경우``, ``If you want to undo a commit``: a case that is a goal, what the line
    is for (a :func:`says_condition` of another kind: "도커로 띄울 때" says where it runs, not what it does)."""
    return "\n" not in text.strip() and _WISH.search(text.strip()) is not None


def says_condition(text: str) -> bool:
    """``minikube 환경 사용시``, ``apt-get으로 설치했을 경우``, ``When using minikube``: the case what follows is for
    (a Korean phrase ends in 경우/때/"…시", an English one starts with if/when and has no main clause after a comma),
    never what a line does."""
    text = text.strip()
    if not text or "\n" in text:
        return False
    if has_hangul(text):
        return _CONDITION_KO.search(text) is not None
    return text.casefold().startswith(CONDITION_STARTS) and not re.search(r"[,;]", text) and len(text.split()) >= 2


#: Korean nouns that make a case a VARIANT of how the tool was installed or where it runs ("apt로 설치했을 경우",
#: "minikube 환경 사용시"): a label of which line to use, never what it does.  A case of a problem ("푸시가 거부된
#: 경우") says when the command helps, a meaning of its own.
VARIANT_NOUNS_KO: frozenset[str] = frozenset({"설치", "사용", "실행", "빌드", "환경", "배포"})
#: How an English variant case begins ("If installed with apt", "When using minikube").
VARIANT_STARTS: tuple[str, ...] = (
    "if installed", "if you installed", "when installed", "if using", "when using", "if you use", "when you use",
    "if built", "when built", "if you built",
)


def says_variant(text: str) -> bool:
    """``apt-get으로 설치했을 경우``, ``minikube 환경 사용시``, ``If installed with pip``: a case (:func:`says_condition`)
    naming how the tool was installed or where it runs, not a problem the line answers."""
    if not says_condition(text):
        return False
    if has_hangul(text):
        return any(noun in text for noun in VARIANT_NOUNS_KO)
    return text.strip().casefold().startswith(VARIANT_STARTS)


#: Korean actions a heading names and the words of a command line that do them ("## 활성화 및 시작" over
#: "systemctl enable …" / "systemctl start …"): which action is whose line.
ACTION_WORDS_KO: dict[str, frozenset[str]] = {
    "활성화": frozenset({"enable"}),
    "비활성화": frozenset({"disable"}),
    "시작": frozenset({"start", "up"}),
    "종료": frozenset({"stop", "down", "kill"}),
    "중지": frozenset({"stop", "pause"}),
    "재시작": frozenset({"restart"}),
    "설치": frozenset({"install"}),
    "삭제": frozenset({"delete", "remove", "rm", "uninstall"}),
    "생성": frozenset({"create", "init", "new"}),
    "적용": frozenset({"apply"}),
    "업데이트": frozenset({"update", "upgrade"}),
}

#: Headings of the section that tells how to install what the notes are about ("## Installation" of a README),
#: casefolded, brackets and markup left out: a numbered list there is how to get it, not a procedure to learn.
INSTALL_HEADINGS: frozenset[str] = frozenset(
    {"install", "installation", "installing", "manual installation", "manual install", "설치", "설치 방법", "설치하기"}
)


def is_install_heading(text: str) -> bool:
    """``## Installation``, ``### Manual Installation``, ``## 설치``: the section on installing the notes' subject."""
    words = re.sub(r"\([^()]*\)|[^\w\s]", " ", text.casefold()).split()
    return " ".join(words) in INSTALL_HEADINGS


#: Sub-commands that only fetch a copy (``git clone``): a line doing one gets what a later step applies or starts; it
#: installs or creates the copy at most (``플러그인 설치`` over ``git clone …`` is how vim plugins are installed;
#: ``git pull`` merges, it does apply changes).
FETCH_WORDS: frozenset[str] = frozenset({"clone"})
FETCH_DOES: frozenset[str] = frozenset({"install", "update", "upgrade", "create", "init", "new"})

def fetches_or_installs(line: str) -> bool:
    """``curl -L …/install.sh | sh`` (a script piped into a shell), ``git clone …`` (a fetch, FETCH_WORDS),
    ``brew install x``, ``pip install x`` (an install): a line that gets a thing, not one that uses it."""
    words = line.split()
    if words[:1] == ["$"]:
        words = words[1:]
    if words[:1] and words[0] in AS_ROOT:
        words = words[1:]
    piped = _PIPED_INTO.search(line)
    if piped is not None and piped.group(1) in SHELLS:
        return True
    return len(words) >= 2 and (
        words[1] in FETCH_WORDS or words[1] == "install" or words[0] in INSTALLERS and words[1] in _INSTALL_VERBS
    )


#: Verbs a cheat sheet's task lines start with ("find the item …", "keep the session alive …"): a line
#: starting so says what to do, not what the heading's term is.
IMPERATIVES: frozenset[str] = frozenset(
    """find keep get set use run create make add remove delete show list print open start stop check install
    update copy move change enable disable convert count select sort filter search replace read write go see
    edit view display save load build generate send pass connect turn map extract compress split join merge
    fetch download upload clone push pull kill restart reload test try put call apply attach detach mount free
    clean overwrite erase wipe execute normalize uninstall configure""".split()
)

#: Korean nouns of doing (a 하다 verb's noun): a gloss ending in one ("설치된 패키지 목록 확인") says what a line
#: does; one ending in a state or a need ("관리자 권한 필요", "맥에서만 가능", "버전 16 이상", "동일") does not.
DOING_NOUNS_KO: frozenset[str] = frozenset(
    """생성 설치 삭제 제거 실행 변경 저장 확인 조회 출력 정리 추가 수정 복사 이동 연결 종료 시작 중지 재시작 검색 표시
    전환 적용 등록 해제 비교 복원 백업 설정 다운로드 업로드 업데이트 초기화 활성화 비활성화 압축 변환 갱신 병합 동기화
    접속 배포 빌드 구동 재부팅 리로드 나열 조사""".split()
)
# "만들기", "받아오기", "켜기": a verb's -기 form (its stem, then 기; "크기", "후기" end otherwise), or a noun of
# doing as it is ("확인") or said as done ("확인하기", "확인함", "확인한다")
_DOING_KO = lazyre.pattern(
    "(?:[하되켜끄보열닫쓰읽찾넣빼받주두걸풀들이리우치꾸르내오가잡붙끊]기|(?:"
    + "|".join(sorted(DOING_NOUNS_KO, key=len, reverse=True))
    + ")(?:하기|함|한다|합니다)?)[.!]?$"
)


# a Korean sentence ending as a statement: a syllable, then 다 ("지운다.", "보여줍니다.")
_STATEMENT_END_KO = lazyre.pattern(r"[가-힣]다\.$")
# what a statement of doing never holds: a condition, a possibility or a lack, a negation, a pointer elsewhere
_NOT_DOING_KO = lazyre.pattern(r"면\s|만약|수\s*(?:있|없)(?:다|습니다|어요)|않|안\s|못\s|참고|보세요")
# the syllable before a sentence's end, whose final consonant tells its tense
_TENSE_END_KO = lazyre.pattern(r"([가-힣])(?:다|습니다|어요)\.$")


def states_doing_ko(sentence: str) -> bool:
    """``모듈을 로드합니다.``, ``오래된 백업을 지운다.``: a Korean sentence plainly stating what is done; not a condition,
    a possibility, a negation, a pointer elsewhere (``처음에는 … 안 나올 수 있다.``) or what happened once, in the
    past tense (``어제는 십 분쯤 걸렸다.``)."""
    if _STATEMENT_END_KO.search(sentence) is None or _NOT_DOING_KO.search(sentence) is not None:
        return False
    end = _TENSE_END_KO.search(sentence)
    return end is None or final_consonant(end.group(1)) != FINAL_SSANG_SIOT


def says_doing(text: str) -> bool:
    """``설치된 패키지 목록 확인``, ``현재 폴더를 저장소로 만들기``, ``lists the files``: a phrase saying what to do or
    what is done (a Korean one ends in a verb's -기 form or a noun of doing, an English one starts with a verb),
    not a remark on the line (``관리자 권한 필요``, ``macOS only``, ``needs root rights``, ``same as …``)."""
    words = text.split()
    if not words:
        return False
    if has_hangul(text):
        return _DOING_KO.search(words[-1]) is not None
    first = words[0].casefold()
    return first in IMPERATIVES or first.endswith("s") and (
        first[:-1] in IMPERATIVES or first.endswith("es") and first[:-2] in IMPERATIVES
    )


#: How a remark saying what a line needs starts: "(needs root rights)", "(requires Python 3.8)", "(same as …)".
NEED_STARTS: frozenset[str] = frozenset({"needs", "need", "requires", "require", "required", "same"})
#: Words a remark on a line starts with ("(optional)", "(또는 …)", "(if you use zsh)", "(see below)", "(same as …)",
#: "(needs root rights)"), in a parenthesis after the line or on the line under it: an aside, never what the line
#: does.  The one list the readers of such glosses ask (through :func:`is_remark`); "for example" and "필요 시" are
#: two words.
REMARK_STARTS: frozenset[str] = frozenset(
    {"또는", "혹은", "예", "선택", "권장", "기본값", "주의", "필요시", "필요 시", "or", "aka", "e.g", "optional",
     "recommended", "default", "deprecated", "note", "if", "when", "like", "for example", "see", "but", "and", "also",
     "only", "not", "except", "unless"}
) | NEED_STARTS
#: Who a line must be run as, or from where, when a remark says so: "(as root)", "(from an elevated prompt)".
RIGHTS: frozenset[str] = frozenset({"root", "admin", "administrator", "superuser", "sudo", "elevated"})
#: Shells a remark may say a line runs in: "(works in zsh)", "(in PowerShell)".
SHELLS: frozenset[str] = frozenset({"bash", "zsh", "fish", "sh", "ksh", "tcsh", "powershell", "pwsh", "cmd", "cmd.exe"})
#: Last words of a remark saying what a line needs: "(sudo required)", "(restart recommended)".
REQUIREMENT_ENDS: frozenset[str] = frozenset({"required", "needed", "recommended", "optional"})

_VERSION = lazyre.pattern(r"v?\d+(?:\.\d+)*\+?")
_REMARK_START = lazyre.pattern(
    "^(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in sorted(REMARK_STARTS, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def _names_where(word: str) -> bool:
    """``root``, ``macos``, ``3.8``: a right, a system or a version a line needs (``word`` casefolded)."""
    return word in RIGHTS or word in SYSTEMS or _VERSION.fullmatch(word) is not None


# "설치 시 관리자 권한 필요함.", "root 권한이 필요하다": the rights a line needs, in Korean (a case before it, "설치 시",
# "업데이트할 때는", is the same need)
_RIGHTS_NEEDED_KO = lazyre.pattern(
    r"^(?:[^.!?\n]{1,20}?(?:시|때|때는|하려면|에는)\s+)?(?:관리자|루트|root|sudo|admin|어드민|슈퍼\s*유저)\s*권한(?:이|을)?\s*"
    r"(?:필요|있어야)(?:함|하다|합니다|해요|한다)?\s*[.!]?$",
    re.IGNORECASE,
)


# "TODO", "to be checked", "내용 추가 예정": a place the writer keeps for text not written, or not checked, yet;
# "Nothing here.", "아직 내용 없음": the writer's word that none is written there
_TO_WRITE = lazyre.pattern(
    r"(?:todo|tbd|wip|to ?do|coming soon|to be (?:added|written|continued|checked|tested|confirmed|verified)"
    r"|nothing here(?: yet)?|nothing yet"
    r"|내용\s*추가(?:\s*예정)?|추가\s*예정|작성\s*(?:중|예정)|준비\s*중|정리\s*(?:중|예정)|확인\s*(?:필요|예정)"
    r"|(?:아직\s*)?(?:내용|아무것도)\s*없(?:음|습니다|어요))[.!…]*",
    re.IGNORECASE,
)


def still_to_write(text: str) -> bool:
    """``TODO``, ``to be checked.``, ``내용 추가 예정``, ``Nothing here.``: the writer's note that something is not
    written, or not checked, yet; it says nothing of the term or heading it stands under."""
    return _TO_WRITE.fullmatch(text.strip()) is not None


def says_requirement(text: str) -> bool:
    """``macOS only``, ``needs root rights``, ``as root``, ``from an admin shell``, ``sudo required``, ``관리자 권한
    필요``, ``This must be run as root.``: a remark saying what a line needs or where it runs, not what it does
    (``file names only`` and ``from the container to the host`` say what it does)."""
    if has_hangul(text):
        return _RIGHTS_NEEDED_KO.match(text.strip()) is not None
    words = text.casefold().rstrip(".!").replace("-", " ").split()
    if words[:2] in (["i", "found"], ["i've", "found"], ["i’ve", "found"]) and len(words) > 4:
        words = words[3:] if words[2] == "that" else words[2:]  # "I found this works on macOS.": the writer's finding
    if words[:1] in (["this"], ["it"]) and len(words) > 2:  # "This requires root.", "It must be run as root."
        words = words[1:]
    if words[:3] == ["must", "be", "run"] and len(words) > 4:  # "must be run as root": "as root"
        words = words[3:]
    if not words:
        return False
    if words[0] in NEED_STARTS:
        return True
    if words[0] in {"works", "available", "unavailable"} and len(words) > 2:  # "works on macOS", "available since 2.23"
        words = words[1:]  # not "works like apply, then drops the entry": what the line does
        if words[0] == "for":
            words = ["on", *words[1:]]  # "works for Linux and macOS": where it runs, as "on"
    if words[0] in {"as", "from", "on", "in", "since"} and len(words) > 1:
        if "," in text and len(text.split(",", 1)[1].split()) >= 3:
            return False  # "In a Bash shell, you can start another one …": where, then a clause saying what is done
        named = words[2] if words[1] in {"a", "an", "the"} and len(words) > 2 else words[1]
        return _names_where(named) or named in SHELLS
    if words[-1] == "only" and len(words) > 1:  # "(macOS only)", "(root only)", "(Python 3.8 only)"
        return _names_where(words[-2])
    # "(sudo required)", "(restart recommended)"; not "(removes packages that are no longer needed)": what it does
    return words[-1] in REQUIREMENT_ENDS and len(words) <= 3 and not says_doing(text)


#: Words after "works"/"runs" that say where ("works in Chrome and Firefox alike", "runs on every layout",
#: "works everywhere"), not what is done ("runs the tests", "works like apply, then drops the entry").
_WHERE_AFTER = frozenset({"in", "on", "under", "across", "with", "everywhere", "anywhere", "only", "too", "also", "both"})
# "크롬과 파이어폭스 둘 다 됨", "맥에서만 가능", "터미널에서도 지원", "윈도우에서는 안 됨": a Korean remark ending in a state
# word of its own (works, possible, supported, not, needed, the same; not "저장됨", "현재 파일에서만 검색": done)
_STATE_KO = lazyre.pattern(
    r"(?:^|\s)(?:안\s*)?(?:됨|된다|됩니다|돼요|돼|가능|가능함|가능하다|가능합니다|지원|지원함|지원됨|지원된다|불가|불가능|"
    r"필요|필요함|동일|동일함|같음)[.!]?$"
)


def says_where_it_works(text: str) -> bool:
    """``works in Chrome and Firefox alike``, ``크롬과 파이어폭스 둘 다 됨``, ``맥에서만 가능``: a remark saying where
    or whether a key or a line works, a state, never what it does (``reopens the closed tab``, ``주소창으로 이동``,
    ``방금 닫은 탭을 다시 연다``)."""
    stripped = text.strip()
    if has_hangul(stripped):
        return _STATE_KO.search(stripped) is not None
    words = stripped.casefold().rstrip(".!").split()
    return len(words) > 1 and words[0] in {"works", "work", "runs", "run"} and words[1] in _WHERE_AFTER


def is_remark(text: str) -> bool:
    """``(또는 …)``, ``(optional)``, ``(if you use zsh)``, ``(macOS only)``: words after or under a line that are an
    aside on it, not what it does."""
    stripped = text.strip()
    return _REMARK_START.match(stripped) is not None or says_requirement(stripped)


#: Programs that run a command given after them as their own arguments (``xargs git branch -D``, ``nohup ./serve``,
#: ``time make``, ``watch kubectl get pods``): the line is about that command, seen through the wrapper.
WRAPPERS: frozenset[str] = frozenset({"xargs", "nohup", "time", "watch"})
#: Programs whose line moves the shell into another directory (``cd src``, ``Set-Location``, zoxide's ``z``): "go to
#: the project folder" over one says what it does (``quizzer.extract.over_block``).
FOLDER_CHANGERS: frozenset[str] = frozenset({"cd", "pushd", "chdir", "Set-Location", "z"})
#: Programs that print the text they are given (``echo 'a b' | paste``): piped into another, the input typed in to
#: show that one at work (``quizzer.extract.walk``).  Quoted text printed into any program (``echo "Hello" |
#: pbcopy``, ``echo "mycommand" | at now``) is that program's input, and a command's output printed whole (``echo
#: `pbpaste```, ``echo "$(date)"``) is that command's: either way the line is the other program's
#: (``quizzer.shell.read_into``, ``quizzer.shell.parse_invocation``).
ECHOING_PROGRAMS: frozenset[str] = frozenset({"echo", "printf"})
#: Words a cheat sheet writes for "any command" as the first stage of a pipeline (``command | grep "x"``, ``<cmd> |
#: wc -l``): no program is run there, the line shows the program after the pipe (``quizzer.shell.read_into``).  The
#: shell's own ``command`` takes a name to run (``command -v git``); alone before a pipe it stands for one.
ANY_COMMAND_WORDS: frozenset[str] = frozenset({"command", "cmd", "<command>", "<cmd>"})
#: Programs that work only on what is piped into them (``ls -l | tee out.txt``, ``find . | xargs rm``): in notes
#: about one of them, a line piping another program's output into it shows that one at work, wherever the pipe
#: starts (``quizzer.extract.walk``).  Other programs keep the line they start with (``ls | grep txt`` in notes
#: about grep is ls's line, filtered).
STREAM_PROGRAMS: frozenset[str] = frozenset({"tee", "xargs"})


#: Extensions of a working data file (``cat test.json | jq '.role'``, ``cat server.log | grep error``): read out
#: whole into the command after the pipe, which is what the line teaches; a key, a device or a system file is
#: what its line is about instead (``cat ~/.ssh/id.pub | pbcopy``, ``cat /proc/cpuinfo | grep …``).
DATA_FILE_EXTENSIONS: frozenset[str] = frozenset({"json", "log", "csv", "tsv", "txt", "yaml", "yml", "xml"})

#: Programs that read their input as data and print what they make of it (``cat orders.json | jq '.total'``,
#: ``cat server.log | grep error``): a data file read out into one of them is that program's line.  A program that
#: runs what it reads (``xargs``, ``sudo``, ``sh``, ``psql``, a login) is not one: its line is about the file fed in.
FILTERS: frozenset[str] = frozenset(
    "jq yq grep egrep fgrep rg sort uniq wc awk gawk sed cut head tail tr column nl tac rev fold paste shuf".split()
)

#: What a program does every time it runs, as the verbs notes use for it: "You can download the archive by using the
#: `-O` flag." over ``curl -O URL`` says what the line does (curl downloads without -O), not what -O does.
PROGRAM_VERBS: dict[str, frozenset[str]] = {
    "curl": frozenset({"download", "fetch", "get", "grab"}),
    "wget": frozenset({"download", "fetch", "get", "grab"}),
    "cp": frozenset({"copy"}),
    "scp": frozenset({"copy", "send", "transfer"}),
    "rsync": frozenset({"copy", "sync", "transfer"}),
    "mv": frozenset({"move", "rename"}),
    "rm": frozenset({"remove", "delete"}),
    "ls": frozenset({"list"}),
    "grep": frozenset({"search", "find"}),
}

#: Words that widen what a program does to more than it does unasked ("copy the whole folder" by using ``-r``):
#: said with the program's own verb, they are what the flag adds.
SCOPE_WORDS: frozenset[str] = frozenset({"whole", "entire", "all", "every", "each", "recursively", "everything"})

#: Programs that run what another program prints (``eval "$(pyenv init -)"``): the line is that program's.
EVALUATORS: frozenset[str] = frozenset({"eval"})

#: Interpreters whose ``-m MODULE`` runs a module as a program (``python -m venv .venv``): the module is the command.
MODULE_RUNNERS: frozenset[str] = frozenset({"python", "python3", "py"})

#: Run the rest as another user (root): a prefix, never the command (``sudo apt install`` is ``apt install``).
AS_ROOT: frozenset[str] = frozenset({"sudo", "doas"})
# "… | sh", "… | sudo bash": the program a line pipes into, typed as root or not
_PIPED_INTO = lazyre.pattern(r"\|\s*(?:(?:" + "|".join(sorted(AS_ROOT)) + r")\s+)?(\S+)")

#: sudo's switches that take no value and change only how the rest runs (``sudo -H pip install …``: HOME set to
#: root's, the command is still pip's); ``-u USER``, ``-i``, ``-s``, ``-k`` alone say what sudo itself does.
ROOT_SWITCHES: frozenset[str] = frozenset(
    {"-H", "-E", "-n", "-S", "--set-home", "--preserve-env", "--non-interactive", "--stdin"}
)


#: Package managers: ``<installer> install|add <the program the notes are about>`` is installation, not a fact.
INSTALLERS: frozenset[str] = frozenset(
    "apt apt-get aptitude yum dnf zypper apk brew port winget choco scoop snap flatpak pkg".split()
)

_INSTALL_VERBS = frozenset({"install", "add"})
# "fd", "ripgrep (rg)", "`jq`": a heading that is one program's name, maybe with a gloss in brackets
_NAME_HEADING = lazyre.pattern(r"[`*_]*(?P<name>[a-z][a-z0-9+._-]*)[`*_]*(?:\s*\([^()]*\))?")


def installs(line: str, name: str) -> bool:
    """``sudo apt install -y fd-find`` installs ``fd`` (a package is the program's name, or it before a dash: the
    name a distribution gives it), ``brew install fd`` too; ``apt install fzf`` does not install ``fd``."""
    words = [word for word in line.split() if not word.startswith("-")]
    if words[:1] and words[0] in AS_ROOT:
        words = words[1:]
    if len(words) < 3 or words[0] not in INSTALLERS or words[1] not in _INSTALL_VERBS:
        return False
    name = name.casefold()
    return any(
        name in re.split(r"[^a-z0-9+-]+", package) or package.split("-", 1)[0] == name
        for package in (word.casefold() for word in words[2:])
    )


def heading_program(heading: str) -> str | None:
    """``fd``, ``ripgrep (rg)``: the one program name a heading is, else None (``Install``, ``Tools`` may be one word
    too: only a line that installs it (:func:`installs`) tells that the name is a program's)."""
    named = _NAME_HEADING.fullmatch(heading.strip().casefold())
    return named.group("name") if named else None


_CHORD = lazyre.pattern(
    # "Maj" (a French keyboard's Shift) and "AltGr" modify too;
    # "option", "super", "fn", "win" are words too: "option -x", "win-win" are no chords, "Option+x", "opt-x" are;
    # "Command+Shift+3" is a Mac's chord, "command-line" no chord
    r"^(?:(?:(?:ctrl|control|alt|altgr|meta|shift|maj|cmd|prefix|<prefix>|[CMS])\s*[-+]\s*|(?:option|opt|super|fn)(?:\s*\+\s*|-(?=\S))|(?:win|command)\s*\+\s*)+\S+"
    r"(?:\s*,?\s*(?:(?:ctrl|control|alt|altgr|meta|shift|maj|cmd|[CMS])\s*[-+]\s*|(?:option|opt|super|fn)(?:\s*\+\s*|-(?=\S)))?\S{1,10}|\s+\+\s+[^\s+]{1,10})?"
    # a Mac's signs: "⌘ + T", "⌘⇧N"; "^" for ⌃ beside another sign ("^ + ⌥ + U"; "^C" alone is caret notation)
    r"|(?:(?:[⌘⌥⇧⌃]|\^(?=\s*\+?\s*[⌘⌥⇧⌃]))\s*\+?\s*)+[^\s+]{1,10})$",
    re.IGNORECASE,
)


def is_key_chord(text: str) -> bool:
    """``ctrl + b, d``, ``Ctrl+b %``, ``C-b d``, ``ctrl + spacebar``: keys pressed, not a command line."""
    text = text.strip()
    return bool(text) and len(text) <= 30 and text[0] in _CHORD_FIRST and bool(_CHORD.match(text))


# "^U", "^[", "^?": a control key in caret notation (the character pressed with Ctrl, as terminals echo it)
_CARET_KEY = lazyre.pattern(r"\^[A-Z@\[\\\]^_?]")


def is_caret_key(text: str) -> bool:
    """``^U`` (Ctrl-U), ``^[`` (Esc), ``^?`` (Backspace): one control key in caret notation."""
    return _CARET_KEY.fullmatch(text) is not None


def is_key_sequence(text: str) -> bool:
    """``C-x 8 ' e``, ``C-x 4 b``, ``C-u C-x =``: a chord, then keys of one character or chords, typed in turn
    (``is_key_chord`` takes a chord and one key after it)."""
    first, *rest = text.split() or [""]
    return bool(rest) and len(rest) <= 4 and is_key_chord(first) and all(len(key) == 1 or is_key_chord(key) for key in rest)


# "cmd + t,w,q", "ctrl + a,e": one modifier written once before several keys, each pressed with it on its own
# (two after a comma and a space are a sequence: tmux's "ctrl + b, d" is the prefix, then d)
_BUNCHED = lazyre.pattern(r"[-+]\s*[^\W_](?:,[^\W_])+\s*$|[-+]\s*[^\W_](?:\s*,\s*[^\W_]){2,}\s*$")


def is_key_or_chord(text: str) -> bool:
    """``Ctrl+P``, ``C-b d``, ``Page Up``, ``ESC``: a chord, or a key by its name (KEY_NAMES, spaces ignored)."""
    return is_key_chord(text) or "".join(text.casefold().split()) in KEY_NAMES


def bunches_keys(text: str) -> bool:
    """``cmd + t,w,q``: a chord written once for several keys (cmd+t, cmd+w, cmd+q), each doing its own thing."""
    return is_key_chord(text) and _BUNCHED.search(text.strip()) is not None


# what a chord of _CHORD starts with: a modifier's first letter in either case ("ſ" folds to "s"), a Mac's sign, "^"
_CHORD_FIRST = frozenset("cCaAmMsSpPoOfFwW\u017f⌘⌥⇧⌃^<")


#: Last words of a picture's caption (``설치 완료 후 모습``, ``실행 결과 화면``, ``Final screenshot``): what an image
#: shows, never what a command does.
CAPTION_ENDS: tuple[str, ...] = ("모습", "화면", "스크린샷", "screenshot", "screen shot")
_CAPTION = lazyre.pattern(rf"[^.!?:：]{{0,40}}(?:{names_pattern(CAPTION_ENDS)})[.:：]?", re.IGNORECASE)


def is_caption(text: str) -> bool:
    """``설치 완료 후 모습``, ``적용 후 화면``: a short phrase naming what a picture shows."""
    text = text.strip()
    return len(text.split()) <= 6 and _CAPTION.fullmatch(text) is not None


def is_label(text: str) -> bool:
    """``Use cases``, ``Example:``, ``예시``, ``ex)`` — a word that introduces, not a term."""
    text = text.strip().rstrip(":：.)").strip()
    # folding the case never shortens a text: one longer than every label is none (most text asked: a definition)
    return len(text) <= _LONGEST_LABEL and text.casefold() in LABELS or _GLUED_EXAMPLE_KO.fullmatch(text) is not None


# "사용예시", "실행예제", "출력예시": a Korean word glued to 예시 or 예제 ("usage example"), as "사용 예시" is spaced
_GLUED_EXAMPLE_KO = lazyre.pattern(r"[\uac00-\ud7a3]{1,4}(?:예시|예제)")


#: Words that label a list of tags ("Tags: shell, backup", "검색 키워드: rsync, 백업"), casefolded; a term named
#: so ("태그: 커밋에 붙인 이름", "static 키워드: …") is defined by a sentence, not given a list of words.
TAG_LABELS: frozenset[str] = frozenset({"tag", "tags", "keyword", "keywords", "태그", "키워드", "해시태그"})
_TAG_ITEM = lazyre.pattern(r"#?[^\s,，、·/.!?]+(?:\s[^\s,，、·/.!?]+)?")  # "backup", "#dev", "검색 엔진": a word or two


def is_tags_line(term: str, value: str) -> bool:
    """``Tags: shell, backup``, ``검색 키워드: rsync, 백업``: a label over a list of tags (a word or two apiece),
    not a term and its definition."""
    words = term.strip().rstrip(":：").strip().casefold().split()
    if not words or words[-1] not in TAG_LABELS:
        return False
    if len(words) > 1 and not (words[-1] == "키워드" and not words[-2].isascii()):
        return False  # "(google) 검색 키워드", "관련 키워드"; "static 키워드" names a keyword of a language
    items = re.split(r"\s*[,，、·/]\s*|\s+(?=#)", value.strip().rstrip(".").strip("[]"))
    return all(_TAG_ITEM.fullmatch(item) for item in items)


# after a label word: who uses what it lists, or what for ("Options I use", "Tips worth knowing")
LABEL_FOLLOWERS: frozenset[str] = frozenset({"i", "i'd", "i've", "we", "you", "to", "worth", "that"})
# before a label word: which of them ("Useful options", "My tips", "Other examples")
LABEL_ADJECTIVES: frozenset[str] = frozenset(
    {"my", "our", "useful", "handy", "common", "basic", "important", "favorite", "favourite", "some", "other", "more"}
)
# between a label adjective and its label word: more of the same kind ("Some useful or frequently-used flags")
LABEL_QUALIFIERS: frozenset[str] = frozenset(
    {"or", "and", "frequently-used", "commonly-used", "often-used", "most-used", "frequently", "commonly", "often",
     "most", "used"}
)


def is_label_phrase(text: str) -> bool:
    """``비슷한 용어``, ``주의해야 할 점``, ``There are two approaches``: a phrase that introduces, not a term."""
    text = text.strip().rstrip(":：.").strip()
    folded = text.casefold()
    if folded.startswith(LEAD_IN_STARTS) and " " in folded:
        return True
    return is_list_title(text) or ends_in_label_head(text) or is_example_label(text)


# "압축 푸는 방법", "설치 순서": a short line naming a way or an order to follow (the title of what comes next)
_NAMES_A_WAY = lazyre.pattern(rf"[^.!?。:：]{{1,40}}\s{names_pattern(WAY_WORDS_KO)}")


def names_a_way(text: str) -> bool:
    """``압축 푸는 방법``, ``설치 절차``: a short line naming a way or an order to follow, the title of the steps
    after it, never what the heading over it does or is."""
    return _NAMES_A_WAY.fullmatch(text.strip()) is not None


#: What opens a phrase naming the topic of the lines under it ("About the prefix", "Notes on panes"), casefolded:
#: a title, never what a command does.
TOPIC_OPENERS: tuple[str, ...] = ("about", "regarding", "concerning", "notes on", "more on")
_NAMES_TOPIC = lazyre.pattern(rf"(?:{names_pattern(TOPIC_OPENERS)})\s+[^.!?:：]{{1,40}}", re.IGNORECASE)


def names_topic(text: str) -> bool:
    """``About the prefix``, ``Notes on panes``: a short phrase naming the topic of what follows."""
    return _NAMES_TOPIC.fullmatch(text.strip().rstrip(":：").strip()) is not None


def is_example_label(text: str) -> bool:
    """``출력 예시``, ``색 출력 예``, ``Example output``: a phrase that labels an example of something (its last word,
    or an English first word, in :data:`EXAMPLE_WORDS`), so what follows its colon is that example, not a meaning."""
    words = text.strip().rstrip(":：.").casefold().split()
    return len(words) >= 2 and (words[-1] in EXAMPLE_WORDS or words[0] in ("example", "examples"))


def is_list_title(text: str) -> bool:
    """``Options I use``, ``Tips worth knowing``, ``Useful options``: a label word said of the list that follows."""
    words = text.strip().rstrip(":：.").casefold().split()
    if len(words) >= 2 and words[0] in LABELS and words[1] in LABEL_FOLLOWERS:
        return True  # a label and whose or what for
    if not 2 <= len(words) <= 6 or words[-1] not in LABELS or words[0] not in LABEL_ADJECTIVES:
        return False
    # "My tips", "More examples"; "Some useful or frequently-used flags": adjectives of one kind before the label
    return all(word in LABEL_ADJECTIVES or word in LABEL_QUALIFIERS for word in words[1:-1])


#: Words that, right after what a sentence is about ("The `-x` option", "This command", an example line), say
#: something else of it than what it does: what it is, was, can, needs or is given ("is deprecated", "can be given
#: twice", "takes a level", "expects an expression"), or how often or why ("always", "perhaps", "thus"): no verb of
#: what it does (``option_sentences``, ``pointed_blocks``, ``example_glosses``).
NOT_DOING_EN: frozenset[str] = frozenset(
    """is was are were has have had does do did can could may might must should will would shall needs need requires
    require works work only also still just seems seem means mean takes take accepts accept expects expect wants
    want gets get not always sometimes perhaps thus this its as""".split()
)


#: Headings of a section that explains what the one above it shows ("## explanation" under a command line)
EXPLAINING_HEADINGS: frozenset[str] = frozenset(
    {"explanation", "explanations", "explained", "how it works", "breakdown", "what it does", "details"}
)


def is_explaining_heading(text: str) -> bool:
    """``explanation``, ``How it works``: the heading of a section explaining the lines of the one above."""
    return text.strip().rstrip(":：.").strip().casefold() in EXPLAINING_HEADINGS


#: Words that stand for a thing named elsewhere ("Make it permanent", "Try them out"): a task said with one has no
#: object of its own
PRONOUNS: frozenset[str] = frozenset({"it", "this", "that", "them", "these", "those", "one"})


def says_own_task(text: str) -> bool:
    """``Sort by file size``, ``Find a command in your history``: a heading saying what to do, of its own object;
    ``Make it permanent``, ``Try it out``, ``Install`` (a step of a tutorial, or no object) say nothing of a line."""
    words = re.findall(r"[\w'-]+", text.casefold())
    return len(words) >= 2 and says_doing(text) and not PRONOUNS.intersection(words[1:])


# "Using Docker with WSL", "Working with branches", "Getting started": -ing words that open a topic
_TOPIC_INGS = frozenset({"using", "working", "getting"})


def names_task(text: str) -> bool:
    """``Sort by file size``, ``listing commits applied to a file``, ``Removing old kernels``: a heading saying what
    to do, with an object of its own (a verb first, or its -ing form); ``Why I like it``, ``Step two``,
    ``Installation`` do not."""
    words = re.findall(r"[\w'-]+", text.casefold())
    if len(words) < 2 or PRONOUNS.intersection(words[1:]):
        return False
    first = words[0]
    if first in _TOPIC_INGS:
        return False  # "Using Docker with WSL", "Working with branches": a topic, not a task
    if first.endswith("ing") and (first[:-3] in IMPERATIVES or f"{first[:-3]}e" in IMPERATIVES):
        return True  # "listing …", "removing …"
    return says_own_task(text)


def names_kind_of_line(comment: str, program: str) -> bool:
    """``# navigation aliases`` over ``alias dev="cd ~/dev"``, ``# proxy exports`` over ``export …``: a short
    comment ending in the plural of the line's program names the group of lines below it (a title, like a
    heading), not what the first of them does; ``# list aliases`` (a verb first) does say what it does."""
    words = comment.strip().rstrip(":：.").casefold().split()
    if not words or len(words) > 4 or says_doing(" ".join(words)):
        return False
    return words[-1] in (f"{program}s", f"{program}es")


#: Kinds of entry a file listing shows ("d: directory", "l: symbolic link" in a legend of ``ls -l``'s first column)
FILE_KINDS: frozenset[str] = frozenset(
    {"file", "directory", "folder", "link", "symlink", "socket", "pipe", "fifo", "device"}
)


_QUANTIFIERS = frozenset({"each", "every", "all", "any", "its", "their", "your", "other"})


def names_file_kind(text: str) -> bool:
    """``symbolic link``, ``a directory``, ``plain file``: a short noun phrase naming a kind of entry a listing
    shows (a legend's row), not what a flag does; ``directories as well``, ``name each file`` are no such name."""
    words = text.strip().rstrip(".").casefold().split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not words or len(words) > 3 or says_doing(" ".join(words)) or _QUANTIFIERS.intersection(words):
        return False  # "list files", "name each file", "all files": what is done to files, no kind of entry
    last = words[-1]
    return last in FILE_KINDS or last.endswith("s") and (last[:-1] in FILE_KINDS or f"{last[:-3]}y" in FILE_KINDS)


def ends_in_label_head(text: str) -> bool:
    """``비슷한 용어``, ``검색 키워드``: a phrase ending in a noun that names what follows (:data:`LABEL_HEADS`)."""
    text = text.strip().rstrip(":：.").strip()
    return " " in text and text.endswith(_LABEL_HEAD_ENDS) and any(
        text.endswith(f" {head}") or text.endswith(head) and len(text) > len(head) + 1 for head in LABEL_HEADS)


# "set -o emacs 모드에서의 편집 키", "## Vi mode", "vi-mode": a shell's line-editing mode, named after the editor whose
# keys it copies; the keys are the shell's (bash, zsh, readline), not the editor's
_EDITING_MODE = lazyre.pattern(r"\bset\s+-o\s+\w+|\b(?:emacs|vi)(?:[ -]?mode\b|\s*모드)", re.IGNORECASE)


#: Programs a title names by their product's name, not the word typed: "Spring Maven" is notes about ``mvn``.
PRODUCT_PROGRAMS: dict[str, str] = {"maven": "mvn"}


def program_named(text: str) -> str | None:
    """The program a title or heading is about: ``# grep 명령어`` → grep, ``# Vim`` → vim,
    ``Basic hotkeys for tmux`` → tmux; a shell's editing mode named after an editor (``set -o emacs 모드``,
    ``Vi mode``) names no program, nor an English noun that is a program's name too (``Type of matches``, ``Head
    of the queue``: a word followed by "of")."""
    words: list[str] = re.findall(r"[A-Za-z][A-Za-z0-9_.+-]*", _EDITING_MODE.sub(" ", text))  # "ffplay를 이용한": the name without its particle
    for n, word in enumerate(words[:5]):
        name = word.lower().rstrip(".")
        if name in PROGRAMS and not (n + 1 < len(words) and words[n + 1] == "of"):
            return KEY_PROGRAMS.get(name, name)
        if name in PRODUCT_PROGRAMS:
            return PRODUCT_PROGRAMS[name]
    return None


#: Programs that are one program under two names: a plugin named for one is a plugin of the other too.
_SAME_PROGRAM: dict[str, str] = {"nvim": "vim", "neovim": "vim", "vi": "vim"}
# "vim-multiple-cursors", "surround.vim", "nvim-tree", "tmux-resurrect": the host's name joined to the plugin's own
_PLUGIN = lazyre.pattern(r"(?P<host>[a-z]+)-[a-z0-9][\w-]*|[a-z0-9][\w-]*[.-](?P<after>[a-z]+)", re.IGNORECASE)


#: What notes about a program are, named after it ("vim-cheatsheet", "tmux-config"): such a title names notes, no plugin.
NOTES_WORDS: frozenset[str] = frozenset(
    "config configs conf rc dotfiles dotfile settings setup cheatsheet cheat sheet notes note tips tricks keys keymap "
    "keymaps shortcuts bindings commands guide tutorial basics cookbook til".split()
)


@lru_cache(maxsize=64)  # asked for every key of a document, of its one title
def plugin_named(title: str, program: str | None) -> str | None:
    """``vim-multiple-cursors``, ``surround.vim`` as the title of notes: the name of a plugin of an editor or
    multiplexer (of ``program``, the one the notes are about, when they name one), whose keys the notes list (a
    card names the plugin, as a card of vim's own keys names vim); None for any other title (``Vim tips``,
    ``.emacs``, ``vim-cheatsheet``, a sentence)."""
    match = _PLUGIN.fullmatch(title.strip())
    if match is None:
        return None
    host = (match.group("host") or match.group("after")).lower()
    same = KEY_PROGRAMS.get(host)
    if same is None or program is not None and _SAME_PROGRAM.get(same, same) != _SAME_PROGRAM.get(program, program):
        return None
    own = re.split(r"[.-]", title.strip().lower())
    return None if any(word in NOTES_WORDS for word in own) else title.strip()


def file_key_program(source: str) -> str | None:
    """The program whose keys a file's name says it lists: ``rtorrent.md``, ``notes/htop-keys.md`` → that
    program (only programs whose notes are keys pressed inside them: a name says less than a title)."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    # a word, and the one joined to it by a hyphen ("org-mode-keys.md": "org-mode" first, then "org")
    for word, joined in re.findall(r"([A-Za-z][A-Za-z0-9]*)(?=(-[A-Za-z][A-Za-z0-9]*)?)", name.rsplit(".", 1)[0])[:6]:
        program = KEY_PROGRAMS.get((word + joined).lower()) or KEY_PROGRAMS.get(word.lower())
        if program is not None:
            return program
    return None


# "grep.md", "08-grep-flags.md", "notes/01_tmux.md": a number ordering the file, then its first word
_FILE_FIRST_WORD = lazyre.pattern(r"(?:\d+[-_. ]+)?([A-Za-z][A-Za-z0-9]*)(?:[-_. ]|$)")


def file_program(source: str) -> str | None:
    """The program a file's name starts with (``grep.md``, ``08-grep-flags.md`` → grep): what the notes are about
    when they name no program themselves; None when the name's first word is no program (``notes-on-grep.md``)."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    first = _FILE_FIRST_WORD.match(name)
    word = first.group(1).lower() if first else ""
    return KEY_PROGRAMS.get(word, word) if word in PROGRAMS else None


# found in "\n" + text: a pattern that starts with a line break skips to each one ("^" with MULTILINE
# tries every character of the document)
_LINE_START = lazyre.pattern(r"\n[ \t>*+$#-]*`?([a-z][\w-]*)[ \t]")


def dominant_program(text: str) -> str | None:
    """The known program most lines start with (at least three of them), for notes with no title."""
    counts: dict[str, int] = {}
    for word in _LINE_START.findall("\n" + text):
        if word in PROGRAMS:
            name = KEY_PROGRAMS.get(word, word)
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=lambda w: counts[w])
    return best if counts[best] >= 3 else None


# (a name may open with a digit, "7zz", when a letter follows: "100 files" is output)
_FENCED_START = lazyre.pattern(r"^\s*(?:\$\s+)?(?:sudo\s+)?((?:[a-z]|\d+[a-z])[\w-]*)(?:\s|$)")
_NOT_PROGRAMS = frozenset("cd echo export set if for do done then fi else while sudo".split())


def fenced_program(lines: Iterable[str]) -> str | None:
    """The program most command lines in a document's code blocks start with, known or not (``gpg`` in
    notes about GnuPG): at least four lines and more than half of them."""
    counts: dict[str, int] = {}
    total = 0
    for text in lines:
        match = _FENCED_START.match(text)
        if match is None:
            continue
        total += 1
        word = match.group(1)
        if word not in _NOT_PROGRAMS:
            counts[word] = counts.get(word, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=lambda w: counts[w])
    return best if counts[best] >= 4 and counts[best] * 2 > total else None


#: a line typed at a prompt: "$ sinfo -N", "[root@host ~]# srun …" (a bare "#" starts comments as often)
_PROMPTED = lazyre.pattern(r"^\s*(?:\[[^\]\s]+(?: [^\]]*)?\][$#]|[\w.@-]+:[~/][^\s$#]*[$#]|[$%])\s+(?:sudo\s+)?([a-z][\w-]*)(?:\s|$)")
#: a line that runs a program with an option, a setting or into a pipe: "sinfo -N | grep x", "srun hostname |sort",
#: "scontrol update NodeName=n1 State=IDLE"
_OPTIONED = lazyre.pattern(r"^\s*([a-z][\w-]*)\s(?:[^|#]*\s)?(?:--?[A-Za-z]|\||[A-Za-z_]\w*=\S|/\?(?:\s|$))")
_RUNS_OFTEN = 3


def _runs(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """The program each command line of ``lines`` runs, known or not, and whether it is typed at a prompt: a line
    typed at a ``$`` prompt, or given an option, a ``NAME=value`` setting or a pipe (``sinfo -N | grep x``).  A
    word that starts a line of output is neither, nor one after a bare ``#`` (a comment as often as a root prompt)."""
    for text in lines:
        prompted = _PROMPTED.match(text)
        match = prompted or _OPTIONED.match(text)
        if match is not None and match.group(1) not in _NOT_PROGRAMS:
            yield match.group(1), prompted is not None


def fenced_programs(lines: Iterable[str]) -> tuple[str, ...]:
    """Programs, known or not, that a document's code blocks run often (:func:`_runs`): typed at a ``$`` prompt on
    two lines or more, or run on three lines or more: the notes' own tools (``sinfo`` and ``scontrol`` in notes
    about Slurm)."""
    counts: dict[str, int] = {}
    typed: dict[str, int] = {}
    for program, prompted in _runs(lines):
        counts[program] = counts.get(program, 0) + 1
        if prompted:
            typed[program] = typed.get(program, 0) + 1
    # sorted: the walk that holds them is pickled and compared piece by piece (quizzer.extract.incremental)
    return tuple(sorted(word for word, count in counts.items() if count >= _RUNS_OFTEN or typed.get(word, 0) >= 2))


def run_programs(lines: Iterable[str]) -> tuple[str, ...]:
    """Programs, known or not, that a command line of a document's code blocks runs even once (:func:`_runs`):
    what a name the prose links to (``[oxipng](…)``) may be."""
    return tuple(sorted({program for program, _prompted in _runs(lines)}))  # sorted: as fenced_programs


_ROOT_LINE = lazyre.pattern(r"^\s*#[ \t]+([a-z][\w-]*)(?:\s|$)")
_OUTPUT_LINE = lazyre.pattern(r"^\s*(?![#$]\s)\S")
_CONTINUATION = lazyre.pattern(r"^[ \t]+(?!#)\S")


def root_prompted(lines: Sequence[str], programs: Iterable[str]) -> bool:
    """The notes write a root prompt ``#`` before their commands: two lines or more of a program they run often
    (``programs``) follow a bare ``#`` and are followed by what they printed (a line that is no comment, no
    prompt and no command of those programs); or one such line, of any program, is continued on the next (it ends
    in a backslash, the next line is indented and no comment): a comment is never continued."""
    for index, text in enumerate(lines[:-1]):
        if text.endswith("\\") and _ROOT_LINE.match(text) and _CONTINUATION.match(lines[index + 1]):
            return True  # "# wg set wg0 \\" over "    peer KEY \\": a comment is never continued on the next line
    known = set(programs)
    if not known:
        return False
    seen = 0
    for index, text in enumerate(lines[:-1]):
        root = _ROOT_LINE.match(text)
        if root is None or root.group(1) not in known:
            continue
        after = lines[index + 1]
        start = _FENCED_START.match(after)
        if _OUTPUT_LINE.match(after) and (start is None or start.group(1) not in known):
            seen += 1
            if seen >= 2:
                return True
    return False


_TRAILING_GLOSS = lazyre.pattern(r"\s*\([^)]*\)\s*$")


def sub_command(tool: str | None, heading: str) -> str | None:
    """``init (초기화)`` under notes about terraform → ``terraform init``; None for a topic."""
    if tool is None:
        return None
    word = _TRAILING_GLOSS.sub("", heading).strip().lower()
    return f"{tool} {word}" if word in SUBCOMMANDS.get(tool, frozenset()) else None


def of_program(program: str, typed: str) -> str | None:
    """``ps -a`` under a hint naming ``docker`` → ``docker ps -a``: a line opening on one of the program's
    sub-commands (or groups) quizzer knows, written without the program; None for any other line."""
    word = typed.split(" ", 1)[0].lower()
    known = SUBCOMMANDS.get(program, frozenset()) | GROUPS.get(program, frozenset())
    return f"{program} {typed}" if word in known else None


def short_form(command: str) -> str:
    """The name flags of ``command`` go under: ``docker container run`` → ``docker run``."""
    return SHORT_FORMS.get(command, command)
