"""What the grader knows about commands: equivalent spellings, as data (pure).

Every entry here is a fact about a real program, tested one by one in
``tests/test_spellings.py``.  ``quizzer.grading`` reads a typed command line
through these tables; nothing else in it knows a program by name.

- :data:`COMMAND_ALIASES`: two ways to write the same command.  Docker's
  management forms (``docker container run`` for ``docker run``) and its
  short forms (``docker rmi`` for ``docker image rm``) map to one canonical
  spelling; ``docker-compose`` is ``docker compose``.
- :data:`FLAG_SPELLINGS`: a command's short and long spellings of one flag
  (``-d`` is ``--detach`` for ``docker container run``; ``-t`` is
  ``--sort=time`` for ``ls``), keyed by the canonical command.  The same letter can mean different things under
  different commands (``-t`` is ``--tty`` for ``run``, ``--time`` for ``stop``).
- :data:`VALUE_FLAGS`: flags (long spelling) that take the next word as their
  value, so that ``-p 8001:80`` and ``--name web`` are read as one unit.
- :data:`SINGLE_DASH_PROGRAMS`: programs whose one-dash options are words
  (``find -name``, ``terraform apply -auto-approve``): never split them.
- :data:`ARGS_END_FLAGS`: commands whose first argument ends their own flags
  (``docker run -d nginx`` is not ``docker run nginx -d``: after the image
  come the container's command and its flags).
- :data:`ARG_ALIASES`: two names for one argument (``kubectl get po`` is
  ``kubectl get pods``).
- :data:`BUNDLED_FIRST_WORD`: programs whose first word may be flags without a
  dash (``tar xvf`` is ``tar -xvf``).
- :data:`LETTER_WORD_PROGRAMS`: programs whose first word without a dash is
  one-letter options in any order, other options than their dashed letters
  (``ps aux`` is ``ps axu``, and neither is ``ps -aux``).
- :data:`OCTAL_MODES`: where a program reads an octal mode, whose leading zero
  says nothing (``chmod 0755`` is ``chmod 755``).
- :data:`NUMBER_FLAGS`: programs that read ``-NUM`` as a flag's value
  (``head -20`` is ``head -n 20``).
- :data:`SIGNALS`: signal names and numbers (``kill -9`` is ``kill -KILL``).
- :data:`SHORT_EQUALS_PROGRAMS`: programs that read ``-p=80:80`` as ``-p 80:80``
  (Go's flag parsers); the others (getopt, git's parse-options, curl) read the
  value of ``-m=fix`` as ``=fix``.
- :data:`GENERIC_VALUES`: quoted values notes write for "your value here"
  (``-m "message"``): placeholders, not text to type.
- :data:`LITERAL_VALUES`: flag values written in capitals that are words the
  program knows (``curl -X POST``), not placeholders such as ``IMAGE``.

Which words are programs (``ls -a`` is a command line, ``print working
directory`` prose) is not kept here: that is :data:`quizzer.extract.knowledge.PROGRAMS`,
the one list of programs, which the grader reads too.
"""

from __future__ import annotations

__all__ = [
    "ARGS_END_FLAGS",
    "ARG_ALIASES",
    "BUNDLED_FIRST_WORD",
    "COMMAND_ALIASES",
    "FLAG_SPELLINGS",
    "GENERIC_VALUES",
    "KNOWN_COMMANDS",
    "LETTER_WORD_PROGRAMS",
    "LITERAL_VALUES",
    "NUMBER_FLAGS",
    "OCTAL_MODES",
    "SHORT_EQUALS_PROGRAMS",
    "SIGNALS",
    "SIGNAL_PROGRAMS",
    "SINGLE_DASH_PROGRAMS",
    "VALUE_FLAGS",
    "canonical_command",
    "flag_spellings",
]

_CONTAINER_VERBS = (
    "attach commit cp create diff exec export kill logs pause port rename restart rm run start "
    "stats stop top unpause update wait"
).split()
_IMAGE_VERBS = "build history import load pull push save tag".split()

#: alias → canonical spelling of a command (whole words, program first).
COMMAND_ALIASES: dict[str, str] = {
    **{f"docker {verb}": f"docker container {verb}" for verb in _CONTAINER_VERBS},
    **{f"docker {verb}": f"docker image {verb}" for verb in _IMAGE_VERBS},
    "docker ps": "docker container ls",
    "docker container ps": "docker container ls",
    "docker container list": "docker container ls",
    "docker container remove": "docker container rm",
    "docker images": "docker image ls",
    "docker image list": "docker image ls",
    "docker rmi": "docker image rm",
    "docker image remove": "docker image rm",
    "docker volume list": "docker volume ls",
    "docker volume remove": "docker volume rm",
    "docker network list": "docker network ls",
    "docker network remove": "docker network rm",
    "docker builder build": "docker image build",
    "docker buildx build": "docker image build",
    "docker-compose": "docker compose",
}


def canonical_command(words: tuple[str, ...]) -> tuple[str, ...]:
    """``("docker", "run")`` → ``("docker", "container", "run")``; the longest
    aliased prefix is replaced, the rest kept."""
    for end in range(len(words), 0, -1):
        alias = COMMAND_ALIASES.get(" ".join(words[:end]))
        if alias is not None:
            return (*alias.split(), *words[end:])
    return words


_RUN = {
    "-d": "--detach",
    "-p": "--publish",
    "-P": "--publish-all",
    "-i": "--interactive",
    "-t": "--tty",
    "-v": "--volume",
    "-e": "--env",
    "-w": "--workdir",
    "-u": "--user",
    "-m": "--memory",
    "-h": "--hostname",
    "-l": "--label",
    "-c": "--cpu-shares",
    "--net": "--network",
}

# kubectl's flags as `kubectl SUB --help` lists them; `-f` is --filename except in `logs`, where it is --follow
_KUBE_N = {"-n": "--namespace"}
_KUBECTL: dict[str, dict[str, str]] = {
    "kubectl get": {**_KUBE_N, "-o": "--output", "-l": "--selector", "-A": "--all-namespaces", "-w": "--watch",
                    "-f": "--filename"},
    "kubectl describe": {**_KUBE_N, "-l": "--selector", "-A": "--all-namespaces", "-f": "--filename"},
    "kubectl delete": {**_KUBE_N, "-l": "--selector", "-A": "--all-namespaces", "-f": "--filename"},
    "kubectl apply": {**_KUBE_N, "-f": "--filename", "-k": "--kustomize", "-o": "--output"},
    "kubectl create": {**_KUBE_N, "-f": "--filename", "-o": "--output"},
    "kubectl edit": {**_KUBE_N, "-f": "--filename", "-o": "--output"},
    "kubectl logs": {**_KUBE_N, "-f": "--follow", "-c": "--container", "-p": "--previous", "-l": "--selector"},
    "kubectl exec": {**_KUBE_N, "-i": "--stdin", "-t": "--tty", "-c": "--container"},
}
_KUBECTL_VALUES = frozenset("--namespace --output --selector --filename --kustomize --container".split())

#: canonical command → {spelling: long spelling}; a long spelling with ``=`` is an option with its value, which
#: the flag alone means (ls's ``-t`` is ``--sort=time``: its man page lists the words and their letters)
FLAG_SPELLINGS: dict[str, dict[str, str]] = {
    "docker container run": _RUN,
    "docker container create": {k: v for k, v in _RUN.items() if k != "-d"},
    "docker container exec": {"-d": "--detach", "-i": "--interactive", "-t": "--tty", "-u": "--user",
                              "-w": "--workdir", "-e": "--env"},
    "docker container logs": {"-f": "--follow", "-t": "--timestamps", "-n": "--tail"},
    "docker container ls": {"-a": "--all", "-q": "--quiet", "-f": "--filter", "-s": "--size", "-n": "--last",
                            "-l": "--latest"},
    "docker container stop": {"-t": "--time", "-s": "--signal"},
    "docker container restart": {"-t": "--time", "-s": "--signal"},
    "docker container rm": {"-f": "--force", "-v": "--volumes", "-l": "--link"},
    "docker container commit": {"-a": "--author", "-m": "--message", "-c": "--change", "-p": "--pause"},
    "docker container cp": {"-a": "--archive", "-L": "--follow-link", "-q": "--quiet"},
    "docker container prune": {"-f": "--force"},
    "docker image pull": {"-a": "--all-tags", "-q": "--quiet"},
    "docker image push": {"-a": "--all-tags", "-q": "--quiet"},
    "docker image ls": {"-a": "--all", "-q": "--quiet", "-f": "--filter"},
    "docker image rm": {"-f": "--force"},
    "docker image prune": {"-a": "--all", "-f": "--force"},
    "docker image build": {"-t": "--tag", "-f": "--file", "-q": "--quiet"},
    "docker image save": {"-o": "--output"},
    "docker image load": {"-i": "--input", "-q": "--quiet"},
    "docker image history": {"-H": "--human", "-q": "--quiet"},
    "docker compose up": {"-d": "--detach"},
    "git commit": {"-m": "--message", "-a": "--all"},
    "git push": {"-f": "--force", "-u": "--set-upstream"},
    "git add": {"-A": "--all", "-p": "--patch"},
    "git branch": {"-d": "--delete", "-a": "--all", "-r": "--remotes"},
    "ls": {"-a": "--all", "-A": "--almost-all", "-d": "--directory", "-h": "--human-readable", "-r": "--reverse",
           "-R": "--recursive", "-i": "--inode", "-s": "--size", "-F": "--classify", "-G": "--no-group",
           "-L": "--dereference", "-Q": "--quote-name", "-B": "--ignore-backups", "-I": "--ignore", "-w": "--width",
           "-T": "--tabsize", "-k": "--kibibytes", "-n": "--numeric-uid-gid", "-N": "--literal", "-b": "--escape",
           "-q": "--hide-control-chars", "-D": "--dired", "-Z": "--context",
           "-t": "--sort=time", "-S": "--sort=size", "-X": "--sort=extension", "-v": "--sort=version",
           "-U": "--sort=none", "-l": "--format=long", "-m": "--format=commas", "-x": "--format=across",
           "-C": "--format=vertical", "-1": "--format=single-column"},
    # tar as GNU tar's man page spells its options (the first word may be them without a dash: BUNDLED_FIRST_WORD)
    "tar": {"-c": "--create", "-x": "--extract", "-t": "--list", "-r": "--append", "-u": "--update", "-z": "--gzip",
            "-j": "--bzip2", "-J": "--xz", "-v": "--verbose", "-f": "--file", "-C": "--directory",
            "-p": "--preserve-permissions", "-k": "--keep-old-files", "-O": "--to-stdout", "-a": "--auto-compress",
            "-T": "--files-from", "-X": "--exclude-from", "-W": "--verify"},
    "kill": {"-s": "--signal"},
    "killall": {"-s": "--signal"},
    # head and tail: `--silent` is head's and tail's other spelling of --quiet
    "head": {"-n": "--lines", "-c": "--bytes", "-q": "--quiet", "--silent": "--quiet", "-v": "--verbose",
             "-z": "--zero-terminated"},
    "tail": {"-n": "--lines", "-c": "--bytes", "-f": "--follow", "-q": "--quiet", "--silent": "--quiet",
             "-v": "--verbose", "-s": "--sleep-interval", "-z": "--zero-terminated"},
    # git log: -u is -p (git diff's options), --after and --before are --since and --until
    "git log": {"-n": "--max-count", "-p": "--patch", "-u": "--patch", "-s": "--no-patch",
                "-i": "--regexp-ignore-case", "-E": "--extended-regexp", "-F": "--fixed-strings",
                "-P": "--perl-regexp", "-M": "--find-renames", "-C": "--find-copies", "-g": "--walk-reflogs",
                "-q": "--quiet", "--after": "--since", "--before": "--until"},
    # cp, mv, rm and mkdir as coreutils' man pages spell them (cp -p is --preserve with a list: no spelling)
    "rm": {"-r": "--recursive", "-R": "--recursive", "-f": "--force", "-i": "--interactive", "-d": "--dir",
           "-v": "--verbose"},
    "cp": {"-r": "--recursive", "-R": "--recursive", "-a": "--archive", "-f": "--force", "-i": "--interactive",
           "-l": "--link", "-L": "--dereference", "-n": "--no-clobber", "-P": "--no-dereference",
           "-s": "--symbolic-link", "-S": "--suffix", "-t": "--target-directory", "-T": "--no-target-directory",
           "-u": "--update", "-v": "--verbose", "-x": "--one-file-system"},
    "mv": {"-f": "--force", "-i": "--interactive", "-n": "--no-clobber", "-S": "--suffix",
           "-t": "--target-directory", "-T": "--no-target-directory", "-u": "--update", "-v": "--verbose"},
    "mkdir": {"-p": "--parents", "-m": "--mode", "-v": "--verbose"},
    "chmod": {"-R": "--recursive", "-v": "--verbose", "-c": "--changes", "-f": "--silent"},
    # grep: -R follows every symbolic link, -r only those on the command line (not one flag); -y is -i's old name
    "grep": {"-i": "--ignore-case", "-y": "--ignore-case", "-v": "--invert-match", "-c": "--count",
             "-n": "--line-number", "-r": "--recursive", "-R": "--dereference-recursive", "-w": "--word-regexp",
             "-x": "--line-regexp", "-l": "--files-with-matches", "-L": "--files-without-match",
             "-E": "--extended-regexp", "-F": "--fixed-strings", "-G": "--basic-regexp", "-P": "--perl-regexp",
             "-e": "--regexp", "-f": "--file", "-o": "--only-matching", "-q": "--quiet", "--silent": "--quiet",
             "-s": "--no-messages", "-h": "--no-filename", "-H": "--with-filename", "-b": "--byte-offset",
             "-a": "--text", "-A": "--after-context", "-B": "--before-context", "-C": "--context",
             "-m": "--max-count", "-Z": "--null", "-z": "--null-data", "-d": "--directories", "-D": "--devices",
             "-U": "--binary", "-T": "--initial-tab", "-V": "--version"},
    "curl": {"-o": "--output", "-O": "--remote-name", "-H": "--header", "-C": "--continue-at", "-X": "--request",
             "-u": "--user", "-F": "--form", "-d": "--data"},
    "conda remove": {"-n": "--name"},
    "conda create": {"-n": "--name"},
    **_KUBECTL,
}

#: canonical command → long spellings of flags that take a value
VALUE_FLAGS: dict[str, frozenset[str]] = {
    "docker container run": frozenset(
        "--publish --name --volume --env --workdir --user --memory --hostname --network --label --cpu-shares "
        "--mount --entrypoint --cpuset-cpus --restart --platform --env-file".split()
    ),
    "docker container create": frozenset("--publish --name --volume --env --network".split()),
    "docker container exec": frozenset("--user --workdir --env".split()),
    "docker container logs": frozenset("--tail --since --until".split()),
    "docker container ls": frozenset("--filter --last --format".split()),
    "docker container stop": frozenset("--time --signal".split()),
    "docker container restart": frozenset("--time --signal".split()),
    "docker container commit": frozenset("--author --message --change".split()),
    "docker image pull": frozenset({"--platform"}),
    "docker image ls": frozenset("--filter --format".split()),
    "docker image build": frozenset("--tag --file --build-arg --platform".split()),
    "docker image save": frozenset({"--output"}),
    "docker image load": frozenset({"--input"}),
    "git commit": frozenset({"--message"}),
    # -S and -G (pickaxe) and -L (a range of lines) have no long spelling
    "git log": frozenset(
        "--max-count --skip --since --until --author --committer --grep --date --min-parents --max-parents "
        "-S -G -L".split()
    ),
    "grep": frozenset(
        "--regexp --file --after-context --before-context --context --max-count --directories --devices --include "
        "--exclude --exclude-dir --label --binary-files".split()
    ),
    "head": frozenset({"--lines", "--bytes"}),
    "tar": frozenset({"--file", "--directory", "--files-from", "--exclude-from", "--exclude"}),
    **{program: frozenset({"--signal"}) for program in ("kill", "killall", "pkill")},
    # ssh and ssh-keygen have one-letter options only
    "ssh": frozenset("-p -i -l -L -R -D -o -F -J -b -c -e -E -m -S -W -w".split()),
    "ssh-keygen": frozenset("-t -b -C -f -N -P -E -a -Z".split()),
    "cp": frozenset({"--suffix", "--target-directory"}),
    "mv": frozenset({"--suffix", "--target-directory"}),
    "mkdir": frozenset({"--mode"}),
    "chmod": frozenset({"--reference"}),
    "tail": frozenset({"--lines", "--bytes", "--sleep-interval", "--pid", "--max-unchanged-stats"}),
    "ls": frozenset(
        "--ignore --width --tabsize --hide --sort --time --format --time-style --block-size --quoting-style "
        "--indicator-style".split()
    ),
    "git clone": frozenset({"--depth", "--branch"}),
    "tmux new": frozenset({"-s"}),
    "tmux attach": frozenset({"-t"}),
    "tmux kill-session": frozenset({"-t"}),
    "curl": frozenset(
        "--output --header --continue-at --request --user --form --data --data-raw --data-binary --data-urlencode".split()
    ),
    "conda create": frozenset({"--name"}),
    "conda remove": frozenset({"--name"}),
    **{command: frozenset(flags.values()) & _KUBECTL_VALUES for command, flags in _KUBECTL.items()},
}

#: canonical command → flags whose repeats are read in the order written: ``curl -d a=1 -d b=2`` sends
#: ``a=1&b=2``, ``git commit -m A -m B`` makes A the first paragraph; the same values in another order differ
ORDERED_FLAGS: dict[str, frozenset[str]] = {
    "curl": frozenset("--data --data-raw --data-binary --data-urlencode --form".split()),
    "git commit": frozenset({"--message"}),
}

ARGS_END_FLAGS = frozenset(
    {"docker container run", "docker container create", "docker container exec", "podman run", "podman exec"}
)

_KUBE_RESOURCES = {
    "po": "pods", "pod": "pods", "svc": "services", "service": "services", "deploy": "deployments",
    "deployment": "deployments", "ns": "namespaces", "namespace": "namespaces", "no": "nodes", "node": "nodes",
    "cm": "configmaps", "configmap": "configmaps", "rs": "replicasets", "replicaset": "replicasets",
    "ing": "ingresses", "ingress": "ingresses", "pv": "persistentvolumes", "persistentvolume": "persistentvolumes",
    "pvc": "persistentvolumeclaims", "persistentvolumeclaim": "persistentvolumeclaims", "sa": "serviceaccounts",
    "serviceaccount": "serviceaccounts", "ds": "daemonsets", "daemonset": "daemonsets", "sts": "statefulsets",
    "statefulset": "statefulsets", "secret": "secrets", "job": "jobs", "cronjob": "cronjobs", "cj": "cronjobs",
}
#: program → {argument: canonical argument}; applied to a line's first argument
ARG_ALIASES: dict[str, dict[str, str]] = {"kubectl": _KUBE_RESOURCES}

BUNDLED_FIRST_WORD = frozenset({"tar"})

#: program → the letters taking the next word as their value, for programs whose first words of letters, no dash,
#: are BSD-style options: one letter each, in any order, in one word or several, and not the dashed letters
#: (procps ps: ``ps aux``, ``ps axu`` and ``ps a u x`` are one; ``ps -aux`` and ``ps -e`` are others; in
#: ``ps U root`` root is U's user, not the letters r, o, t)
LETTER_WORD_PROGRAMS: dict[str, str] = {"ps": "OUkopqt"}

#: program → where it reads an octal mode: "" its first argument, else the flag (long spelling) whose value
#: it is.  A leading zero of a mode of up to four digits says nothing (``chmod 0755`` is ``chmod 755``); GNU
#: chmod reads five digits or more (``00755``) otherwise on a directory, so those are compared as written.
OCTAL_MODES: dict[str, str] = {"chmod": "", "umask": "", "mkdir": "--mode"}

#: program → the flag (long spelling) whose value ``-NUM`` gives: GNU head and tail read ``head -20`` as
#: ``head --lines=20`` (their man pages' older form, which they still take)
NUMBER_FLAGS: dict[str, str] = {"head": "--lines", "tail": "--lines"}

#: signal names (without ``SIG``) and their numbers on Linux: ``kill -9`` is ``kill -KILL``, ``kill -SIGKILL``,
#: ``kill -s KILL``; the programs of :data:`SIGNAL_PROGRAMS` read ``-NAME``, ``-NUMBER`` and ``--signal`` alike
SIGNALS: dict[str, str] = {
    "HUP": "1", "INT": "2", "QUIT": "3", "KILL": "9", "USR1": "10", "USR2": "12", "TERM": "15", "CONT": "18",
    "STOP": "19", "TSTP": "20",
}
SIGNAL_PROGRAMS = frozenset({"kill", "killall", "pkill"})

SINGLE_DASH_PROGRAMS = frozenset(
    "find terraform ffmpeg ffprobe java javac openssl go gcc g++ clang xcodebuild tmux screen".split()
)

#: Programs whose one-letter options take ``-x=value`` as the value ``value``: those built on Go's pflag
#: (cobra) read ``-p=80:80`` as ``-p 80:80``.  Every other program reads it as getopt does, the value being
#: what follows the letter, ``=`` included: ``git commit -m=fix`` commits the message ``=fix``,
#: ``curl -X=POST`` sends the method ``=POST``.  (Long options, ``--name=web``, are ``--name web`` everywhere.)
SHORT_EQUALS_PROGRAMS = frozenset("docker podman kubectl helm gh hugo minikube etcdctl".split())

_HTTP_METHODS = frozenset("GET HEAD POST PUT DELETE CONNECT OPTIONS TRACE PATCH".split())
_KEY_TYPES = frozenset("rsa dsa ecdsa ed25519 ecdsa-sk ed25519-sk rsa1".split())
#: canonical command → {flag (long spelling): values in capitals the program knows}: in the notes they are
#: those words, not placeholders (``IMAGE``), and a method name is case-sensitive (``-X post`` sends ``post``)
LITERAL_VALUES: dict[str, dict[str, frozenset[str]]] = {
    "curl": {"--request": _HTTP_METHODS},
    "wget": {"--method": _HTTP_METHODS},
    # the type of key made: 'ssh-keygen -t rsa' and '-t ed25519' make other keys (an edit of it is another note)
    "ssh-keygen": {"-t": frozenset({*_KEY_TYPES, *(kind.upper() for kind in _KEY_TYPES)})},
}

#: Quoted values that notes write for "your value here" (``git commit -m "message"``, ``grep "pattern" f``): in
#: the notes' example they stand for any value, as ``<message>`` would (compared case-folded; Korean words in
#: quotes, ``"커밋 메시지"``, are placeholders already: shell.is_placeholder)
GENERIC_VALUES = frozenset({
    "message", "commit message", "your message", "msg", "text", "your text", "string", "pattern", "regex",
    "comment", "description", "value", "name", "your name", "title", "email", "your email",
})

#: commands known to exist (canonical spellings): a typed one is never a typo of another
KNOWN_COMMANDS = frozenset({*COMMAND_ALIASES.values(), *FLAG_SPELLINGS, *VALUE_FLAGS})


def flag_spellings(command: str | None) -> dict[str, str]:
    """The flag spellings known for ``command`` (any alias of it): ``-d`` → ``--detach``."""
    if not command:
        return {}
    return dict(FLAG_SPELLINGS.get(" ".join(canonical_command(tuple(command.lower().split()))), {}))
