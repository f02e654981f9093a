"""The fresh sets scored against their goldens.

These documents were taken and their goldens written blind, after the rules had
been tuned on the numbered corpus, to measure extraction on notes nobody working
on it had seen (tests/corpus/README.md, "The fresh set"): the first set in
data/corpus/fresh/ (tests/corpus/golden-fresh/), then, once the first had been
tuned on, a second in data/corpus/fresh2/ (tests/corpus/golden-fresh2/), then a
third in data/corpus/fresh3/ (tests/corpus/golden-fresh3/), a fourth in
data/corpus/fresh4/ (tests/corpus/golden-fresh4/), a fifth in data/corpus/fresh5/
(tests/corpus/golden-fresh5/), a sixth in data/corpus/fresh6/ (tests/corpus/golden-fresh6/), a
seventh in data/corpus/fresh7/ (tests/corpus/golden-fresh7/), an eighth in data/corpus/fresh8/
(tests/corpus/golden-fresh8/), a ninth in data/corpus/fresh9/ (tests/corpus/golden-fresh9/), a tenth in
data/corpus/fresh10/ (tests/corpus/golden-fresh10/), an eleventh in data/corpus/fresh11/
(tests/corpus/golden-fresh11/), a twelfth in data/corpus/fresh12/ (tests/corpus/golden-fresh12/), a
thirteenth in data/corpus/fresh13/ (tests/corpus/golden-fresh13/), a fourteenth in data/corpus/fresh14/
(tests/corpus/golden-fresh14/), a fifteenth in data/corpus/fresh15/ (tests/corpus/golden-fresh15/), a sixteenth in
data/corpus/fresh16/ (tests/corpus/golden-fresh16/), a seventeenth in data/corpus/fresh17/
(tests/corpus/golden-fresh17/), an eighteenth in data/corpus/fresh18/ (tests/corpus/golden-fresh18/), a nineteenth
in data/corpus/fresh19/ (tests/corpus/golden-fresh19/), a twentieth in data/corpus/fresh20/
(tests/corpus/golden-fresh20/), a twenty-first in data/corpus/fresh21/ (tests/corpus/golden-fresh21/), a twenty-second in
data/corpus/fresh22/ (tests/corpus/golden-fresh22/), a twenty-third in data/corpus/fresh23/ (tests/corpus/golden-fresh23/), a
twenty-fourth in data/corpus/fresh24/ (tests/corpus/golden-fresh24/), a twenty-fifth in data/corpus/fresh25/
(tests/corpus/golden-fresh25/), a twenty-sixth in data/corpus/fresh26/ (tests/corpus/golden-fresh26/), a
twenty-seventh in data/corpus/fresh27/ (tests/corpus/golden-fresh27/), a twenty-eighth in data/corpus/fresh28/
(tests/corpus/golden-fresh28/), a twenty-ninth in data/corpus/fresh29/ (tests/corpus/golden-fresh29/), a thirtieth in
data/corpus/fresh30/ (tests/corpus/golden-fresh30/), a thirty-first in data/corpus/fresh31/
(tests/corpus/golden-fresh31/), a thirty-second in data/corpus/fresh32/ (tests/corpus/golden-fresh32/), a
thirty-third in data/corpus/fresh33/ (tests/corpus/golden-fresh33/), a thirty-fourth in data/corpus/fresh34/
(tests/corpus/golden-fresh34/) and a thirty-fifth in data/corpus/fresh35/ (tests/corpus/golden-fresh35/).  They
ship in the repository, so these tests run everywhere.  FLOORS pins, per file, the
recall and wrong cards reached so far, as tests/test_extract_golden.py does for
the corpus.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from quizzer.extract import extract
from quizzer.extract.score import FileScore, Golden, golden_problems, load_golden, score

ROOT = Path(__file__).resolve().parents[1]
# set → (folder of documents, folder of goldens)
SETS = {
    "fresh": (ROOT / "data" / "corpus" / "fresh", ROOT / "tests" / "corpus" / "golden-fresh"),
    "fresh2": (ROOT / "data" / "corpus" / "fresh2", ROOT / "tests" / "corpus" / "golden-fresh2"),
    "fresh3": (ROOT / "data" / "corpus" / "fresh3", ROOT / "tests" / "corpus" / "golden-fresh3"),
    "fresh4": (ROOT / "data" / "corpus" / "fresh4", ROOT / "tests" / "corpus" / "golden-fresh4"),
    "fresh5": (ROOT / "data" / "corpus" / "fresh5", ROOT / "tests" / "corpus" / "golden-fresh5"),
    "fresh6": (ROOT / "data" / "corpus" / "fresh6", ROOT / "tests" / "corpus" / "golden-fresh6"),
    "fresh7": (ROOT / "data" / "corpus" / "fresh7", ROOT / "tests" / "corpus" / "golden-fresh7"),
    "fresh8": (ROOT / "data" / "corpus" / "fresh8", ROOT / "tests" / "corpus" / "golden-fresh8"),
    "fresh9": (ROOT / "data" / "corpus" / "fresh9", ROOT / "tests" / "corpus" / "golden-fresh9"),
    "fresh10": (ROOT / "data" / "corpus" / "fresh10", ROOT / "tests" / "corpus" / "golden-fresh10"),
    "fresh11": (ROOT / "data" / "corpus" / "fresh11", ROOT / "tests" / "corpus" / "golden-fresh11"),
    "fresh12": (ROOT / "data" / "corpus" / "fresh12", ROOT / "tests" / "corpus" / "golden-fresh12"),
    "fresh13": (ROOT / "data" / "corpus" / "fresh13", ROOT / "tests" / "corpus" / "golden-fresh13"),
    "fresh14": (ROOT / "data" / "corpus" / "fresh14", ROOT / "tests" / "corpus" / "golden-fresh14"),
    "fresh15": (ROOT / "data" / "corpus" / "fresh15", ROOT / "tests" / "corpus" / "golden-fresh15"),
    "fresh16": (ROOT / "data" / "corpus" / "fresh16", ROOT / "tests" / "corpus" / "golden-fresh16"),
    "fresh17": (ROOT / "data" / "corpus" / "fresh17", ROOT / "tests" / "corpus" / "golden-fresh17"),
    "fresh18": (ROOT / "data" / "corpus" / "fresh18", ROOT / "tests" / "corpus" / "golden-fresh18"),
    "fresh19": (ROOT / "data" / "corpus" / "fresh19", ROOT / "tests" / "corpus" / "golden-fresh19"),
    "fresh20": (ROOT / "data" / "corpus" / "fresh20", ROOT / "tests" / "corpus" / "golden-fresh20"),
    "fresh21": (ROOT / "data" / "corpus" / "fresh21", ROOT / "tests" / "corpus" / "golden-fresh21"),
    "fresh22": (ROOT / "data" / "corpus" / "fresh22", ROOT / "tests" / "corpus" / "golden-fresh22"),
    "fresh23": (ROOT / "data" / "corpus" / "fresh23", ROOT / "tests" / "corpus" / "golden-fresh23"),
    "fresh24": (ROOT / "data" / "corpus" / "fresh24", ROOT / "tests" / "corpus" / "golden-fresh24"),
    "fresh25": (ROOT / "data" / "corpus" / "fresh25", ROOT / "tests" / "corpus" / "golden-fresh25"),
    "fresh26": (ROOT / "data" / "corpus" / "fresh26", ROOT / "tests" / "corpus" / "golden-fresh26"),
    "fresh27": (ROOT / "data" / "corpus" / "fresh27", ROOT / "tests" / "corpus" / "golden-fresh27"),
    "fresh28": (ROOT / "data" / "corpus" / "fresh28", ROOT / "tests" / "corpus" / "golden-fresh28"),
    "fresh29": (ROOT / "data" / "corpus" / "fresh29", ROOT / "tests" / "corpus" / "golden-fresh29"),
    "fresh30": (ROOT / "data" / "corpus" / "fresh30", ROOT / "tests" / "corpus" / "golden-fresh30"),
    "fresh31": (ROOT / "data" / "corpus" / "fresh31", ROOT / "tests" / "corpus" / "golden-fresh31"),
    "fresh32": (ROOT / "data" / "corpus" / "fresh32", ROOT / "tests" / "corpus" / "golden-fresh32"),
    "fresh33": (ROOT / "data" / "corpus" / "fresh33", ROOT / "tests" / "corpus" / "golden-fresh33"),
    "fresh34": (ROOT / "data" / "corpus" / "fresh34", ROOT / "tests" / "corpus" / "golden-fresh34"),
    "fresh35": (ROOT / "data" / "corpus" / "fresh35", ROOT / "tests" / "corpus" / "golden-fresh35"),
}
FILES = [(set_, p.stem) for set_, (_, golden) in SETS.items() for p in sorted(golden.glob("*.json"))]

# name → (minimum recall, most wrong cards): the figures reached so far (tests/corpus/SCORES.md)
FLOORS: dict[str, tuple[float, int]] = {
    # the first fresh set
    "01-linux-backtick-colon-lines-ko": (0.982, 1),
    "02-gnupg-devhints-setext-en": (0.923, 0),
    "03-mongo-shell-prompt-output-en": (0.909, 0),
    "04-make-help-option-blocks-en": (0.933, 0),
    "05-gradle-trailing-comments-en": (1.000, 0),
    "06-pacman-devhints-tables-en": (1.000, 0),
    "07-snap-task-headings-ko": (0.727, 0),
    "08-swap-prose-procedure-ko": (1.000, 0),
    "09-cubrid-vuepress-banner-comments-ko": (1.000, 0),
    "10-adb-commented-out-list-ko": (0.941, 0),
    "11-uname-trailing-output-comments-ko": (0.866, 1),
    "12-diff-til-narrative-en": (0.333, 0),
}
# the second fresh set
FLOORS2: dict[str, tuple[float, int]] = {
    "01-shell-font-tag-headings-ko": (0.918, 1),
    "02-windows-cmd-batch-comments-ko": (1.000, 0),
    "03-linux-equals-bullets-ko": (0.877, 0),
    "04-nohup-disown-prose-steps-ko": (0.846, 0),
    "05-mysql-prompt-bullets-ko": (0.538, 0),
    "06-ec2-nested-command-bullets-ko": (0.733, 0),
    "07-python-m-til-narrative-en": (0.687, 0),
    "08-proxmox-qm-command-tables-en": (1.000, 0),
    "09-homebrew-task-headings-notes-en": (0.727, 0),
    "10-youtube-dl-bare-labels-en": (0.78, 0),
    "11-helix-slash-paired-keys-en": (1.0, 0),
    "12-bash-unfenced-comment-lines-en": (0.789, 0),
}
# the third fresh set
FLOORS3: dict[str, tuple[float, int]] = {
    "01-virtualenv-colon-bullets-ko": (0.800, 0),
    "02-ansible-option-headings-ko": (0.514, 1),
    "03-gdb-heading-colon-fences-ko": (0.619, 1),
    "04-nmap-liquid-highlight-prose-ko": (0.833, 0),
    "05-svn-numbered-task-headings-ko": (0.227, 0),
    "06-tcpdump-bold-option-lines-ko": (0.941, 0),
    "07-gcloud-backtick-label-bullets-en": (0.914, 0),
    "08-perf-dotted-option-fences-en": (0.937, 2),
    "09-composer-grouped-html-table-en": (1.000, 0),
    "10-less-indented-options-key-table-en": (0.965, 0),
    "11-qemu-flag-comment-fences-en": (0.916, 0),
    "12-xdotool-script-narrative-en": (0.571, 0),
}
# the fourth fresh set
FLOORS4: dict[str, tuple[float, int]] = {
    "01-pgdump-option-comment-bullets-ko": (0.833, 0),
    "02-journalctl-unfenced-prompt-lines-ko": (0.975, 0),
    "03-jupyter-nested-key-bullets-ko": (0.826, 1),
    "04-ntfs-mount-prose-definition-lines-ko": (0.529, 0),
    "05-ide-keymap-plain-fences-ko": (0.461, 0),
    "06-tar-option-tab-tables-ko": (1.000, 0),
    "07-bash-redirection-setext-headings-en": (1.000, 0),
    "08-vscode-kbd-pair-headings-en": (0.966, 0),
    "09-powershell-command-tables-en": (1.000, 0),
    "10-ufw-dash-gloss-bullets-en": (1.000, 0),
    "11-imagemagick-option-table-front-matter-en": (1.000, 0),
    "12-daemonize-nssm-launchctl-labels-en": (0.625, 0),
}
# the fifth fresh set, as measured blind at the end of the session that took it (not tuned on yet):
# the wrong-card figures are the most allowed, not a goal
FLOORS5: dict[str, tuple[float, int]] = {
    "01-crontab-numbered-colon-bullets-ko": (0.833, 0),
    "02-scrcpy-comment-fences-settings-bullets-ko": (0.5, 0),
    "03-githooks-grouped-table-ko": (0.60, 0),
    "04-logrotate-config-fences-ko": (0.909, 0),
    "05-go-jekyll-closed-headings-table-ko": (0.642, 0),
    "06-linux-four-column-option-table-ko": (0.958, 0),
    "07-radare2-heading-comment-fences-en": (0.75, 0),
    "08-zathura-indented-gloss-fence-en": (1.0, 0),
    "09-macos-shortcut-tables-labels-en": (1.0, 0),
    "10-slurm-task-headings-output-en": (0.47, 0),
    "11-azure-cli-toc-task-headings-en": (0.619, 0),
    "12-openshift-bold-option-bullets-en": (0.916, 0),
}
# the sixth fresh set, as measured blind at the start and again at the end of the session that took
# it (the same figures both times; not tuned on yet): the wrong-card figures are the most allowed, not a goal
FLOORS6: dict[str, tuple[float, int]] = {
    "01-gitflow-bold-numbered-steps-ko": (0.555, 0),
    "02-nginx-firewalld-colon-bullets-ko": (0.866, 0),
    "03-dockerfile-bare-colon-lines-ko": (1.0, 0),
    "04-intellij-paired-key-bullets-ko": (0.894, 0),
    "05-clasp-prose-prompt-fences-ko": (0.833, 0),
    "06-lsof-prompt-numbered-headings-ko": (1.000, 0),
    "07-cdk-comment-fence-br-terms-en": (0.777, 0),
    "08-strace-til-narrative-en": (1.0, 0),
    "09-redis-cli-prose-fences-en": (0.933, 0),
    "10-deno-help-fences-in-bullets-en": (0.722, 0),
    "11-aws-s3-task-headings-inline-code-en": (0.8, 1),
    "12-jekyll-flag-tables-help-dump-en": (1.0, 0),
}
# the seventh fresh set: measured blind at 51c450a (55.1 % found, 23.0 % wrong), then tuned on
# (x-f7a, x-f7b: 81.3 % found, no wrong card)
FLOORS7: dict[str, tuple[float, int]] = {
    "01-emacs-quartz-callout-footnotes-ko": (0.666, 0),
    "02-less-quartz-headerless-tables-ko": (0.884, 0),
    "03-linux-gatsby-html-table-css-ko": (1.0, 0),
    "04-git-config-quartz-nested-fences-ko": (0.466, 0),
    "05-git-clone-branches-narrative-ko": (0.666, 0),
    "06-vim-quartz-callouts-keys-ko": (0.9, 0),
    "07-dotfiles-bold-code-tool-tables-en": (0.978, 0),
    "08-macos-defaults-task-headings-en": (0.26, 0),
    "09-ubuntu-tmux-vim-kbd-colon-bullets-en": (0.955, 0),
    "10-rename-task-headings-loops-en": (0.2, 0),
    "11-pulumi-concepts-numbered-steps-en": (0.655, 0),
    "12-rtorrent-dash-keys-text-fences-en": (1.0, 0),
}
# the eighth fresh set, as measured blind at this session's start (c8705ff) and again after its rule
# work on the seventh set (072961f): every file the same both times, the same cards; not tuned on yet
FLOORS8: dict[str, tuple[float, int]] = {
    "01-lvm-parted-nested-bullets-ko": (0.0, 0),
    "02-minikube-inline-code-bullets-ko": (0.608, 0),
    "03-elasticsearch-curl-response-fences-ko": (0.400, 0),
    "04-ipkg-synology-indented-prompts-ko": (0.25, 0),
    "05-arch-install-fdisk-key-comments-ko": (0.837, 0),
    "06-kustomize-concept-bullets-yaml-ko": (0.75, 0),
    "07-version-managers-comment-fences-en": (0.857, 0),
    "08-jvm-flags-quoted-bullets-en": (0.459, 0),
    "09-mdadm-bold-label-fences-en": (0.541, 0),
    "10-podman-obsidian-task-headings-en": (0.647, 0),
    "11-fail2ban-config-key-bullets-en": (0.857, 0),
    "12-python-c-til-narrative-en": (0.666, 0),
}
# the ninth fresh set, after x-f9's tuning on it (blind at the start: 140/373 found, 58/194 wrong)
FLOORS9: dict[str, tuple[float, int]] = {
    "01-update-alternatives-prose-format-lines-ko": (0.416, 0),
    "02-ssh-tab-indented-prose-ko": (0.571, 0),
    "03-openssl-bold-label-fences-ko": (0.911, 0),
    "04-winget-numbered-prompt-glosses-ko": (0.0, 0),
    "05-docker-machine-particle-bullets-ko": (1.0, 0),
    "06-pm2-chirpy-label-fences-ko": (0.312, 0),
    "07-selinux-or-alternatives-steps-en": (0.725, 1),
    "08-linux-label-inline-code-lines-en": (0.6, 0),
    "09-mac-screenshot-til-footnote-en": (0.444, 0),
    "10-linux-jobs-kill-bare-gloss-bullets-en": (0.729, 0),
    "11-git-aliases-ini-comment-glosses-en": (0.923, 0),
    "12-wezterm-ranger-dash-key-lines-en": (1.0, 0),
}
# the tenth fresh set, after x-f10's tuning on it (blind at the start: 84/174 found, 31/115 wrong)
FLOORS10: dict[str, tuple[float, int]] = {
    "01-iptables-blockquote-label-fences-ko": (0.714, 0),
    "02-macos-anchor-headings-tilde-fences-ko": (0.954, 0),
    "03-raspi-config-narrative-images-ko": (0.555, 0),
    "04-ubuntu-tab-indented-comment-fences-ko": (0.923, 0),
    "05-windows-cmd-prompt-comment-fences-ko": (0.4, 1),
    "06-macos-shortcut-setext-tables-ko": (1.0, 0),
    "07-bluetooth-task-headings-output-en": (0.625, 0),
    "08-dpkg-toc-task-fences-en": (0.4, 0),
    "09-latex-toolchain-results-quotes-en": (0.5, 0),
    "10-pandoc-numbered-steps-quote-labels-en": (0.9, 0),
    "11-pass-comment-fences-callout-en": (0.812, 0),
    "12-istioctl-til-prose-fences-en": (0.714, 0),
}
# the eleventh fresh set, after x-f11's tuning on it (at the start: 77/183 found, 33/126 wrong)
FLOORS11: dict[str, tuple[float, int]] = {
    "01-zip-task-headings-space-comment-fences-ko": (0.941, 0),
    "02-tr-prompt-output-trailing-comments-ko": (0.818, 0),
    "03-sips-fence-then-gloss-bullets-ko": (0.933, 0),
    "04-ffmpeg-hardbreak-option-bullets-ko": (0.735, 0),
    "05-git-stash-numbered-step-headings-ko": (1.0, 0),
    "06-awk-question-headings-root-prompt-ko": (0.666, 0),
    "07-unix-options-backslash-breaks-en": (0.913, 0),
    "08-heroku-prose-comment-prompt-fence-en": (0.888, 0),
    "09-sdkman-wrapped-bullet-labels-en": (1.0, 0),
    "10-rsync-howto-sup-glosses-en": (0.964, 0),
    "11-zypper-task-headings-indented-code-en": (0.875, 0),
    "12-macos-link-headings-quotes-en": (0.7, 0),
}
# the twelfth fresh set, opened for tuning by x-f12 (at the start: 105/246 found, 61/168 wrong)
FLOORS12: dict[str, tuple[float, int]] = {
    "01-git-reset-span-javascript-fences-ko": (0.8, 0),
    "02-vim-bold-colon-keys-ko": (0.976, 0),
    "03-bower-task-headings-comment-fences-ko": (0.888, 0),
    "04-java-home-mac-heading-prose-ko": (0.75, 0),
    "05-vue-cli-bullet-then-fence-ko": (1.0, 0),
    "06-mac-terminal-windows-table-ko": (1.0, 0),
    "07-zeek-rita-lab-prose-bullets-en": (0.7, 0),
    "08-tshark-task-headings-bare-fences-en": (0.888, 0),
    "09-vssadmin-command-table-prompt-output-en": (1.0, 0),
    "10-ida-switches-in-fence-en": (0.096, 0),
    "11-ionice-example-table-heading-items-en": (0.473, 0),
    "12-aplay-fence-options-quoted-results-en": (1.0, 0),
}
# the thirteenth set, opened for tuning at 4ad8858 (blind until then: 34.0 % found, 55.7 % wrong)
FLOORS13: dict[str, tuple[float, int]] = {
    "01-vagrant-command-table-toc-ko": (1.0, 0),
    "02-android-sdk-nested-tool-bullets-ko": (1.0, 1),
    "03-ssh-keygen-heading-fences-errors-ko": (1.0, 0),
    "04-cmake-backslash-breaks-gloss-after-fence-ko": (1.0, 0),
    "05-ec2-setup-python-fences-narrative-ko": (0.866, 0),
    "06-eb-deploy-prompt-fences-quotes-ko": (0.4, 0),
    "07-govc-task-headings-bare-fences-en": (1.0, 0),
    "08-esxcli-vib-label-code-bullets-en": (1.0, 0),
    "09-gitlab-runner-label-lines-fences-en": (0.750, 0),
    "10-multipass-emoji-headings-bullet-fences-en": (0.875, 0),
    "11-kind-emoji-headings-task-items-en": (1.0, 0),
    "12-tig-dash-key-bullets-stray-row-en": (1.0, 0),
}
# the fourteenth set, opened for tuning at 0b29b98 (blind until then: 50.0 % found, 34.3 % wrong)
FLOORS14: dict[str, tuple[float, int]] = {
    "01-openexr-heading-per-command-prose-ko": (0.909, 0),
    "02-handbrake-narrative-build-prose-ko": (0.4, 0),
    "03-npm-outdated-command-headings-prose-ko": (0.6, 0),
    "04-mongodb-label-bullets-prompt-fences-ko": (0.684, 0),
    "05-homebrew-mas-h6-numbered-headings-ko": (0.238, 0),
    "06-jekyll-compose-label-hardbreak-lines-ko": (1.0, 0),
    "07-exiftool-front-matter-h4-task-headings-en": (1.0, 0),
    "08-ldapsearch-h4-headings-option-subbullet-en": (0.857, 0),
    "09-cargo-setext-loose-bullet-glosses-en": (1.0, 0),
    "10-grype-colon-leadins-index-comments-en": (1.0, 1),
    "11-mercurial-html-logo-sentence-labels-en": (0.935, 0),
    "12-sed-bullet-nested-fences-regex-en": (1.0, 0),
}
# the fifteenth set, opened for tuning at d09b208 (blind until then: 57.2 % found, 29.9 % wrong)
FLOORS15: dict[str, tuple[float, int]] = {
    "01-mac-iterm-dash-gloss-reversed-keys-ko": (0.875, 0),
    "02-git-liquid-highlight-label-lines-ko": (1.0, 0),
    "03-gitignore-ds-store-prose-zsh-vim-fences-ko": (0.75, 1),
    "04-python-env-tools-nested-bullets-comment-fences-ko": (0.764, 0),
    "05-maven-goal-colon-lines-html-entities-ko": (0.891, 0),
    "06-kafka-sh-prompt-task-headings-ko": (1.0, 0),
    "07-neovim-key-table-distribution-table-en": (0.909, 0),
    "08-go-modules-comment-fences-colon-labels-en": (1.0, 0),
    "09-netstat-nested-task-headings-footnote-en": (1.0, 0),
    "10-netcat-prose-inline-options-prompt-fences-en": (1.0, 0),
    "11-psql-gloss-first-code-bullets-connstrings-en": (0.785, 0),
    "12-sh-recipes-toc-comment-indented-code-en": (0.666, 0),
}
# the sixteenth set, opened for tuning at 1f7cfd2 (blind until then: 38.0 % found, 44.0 % wrong)
FLOORS16: dict[str, tuple[float, int]] = {
    "01-mstsc-cmdkey-help-fences-batch-ko": (0.937, 0),
    "02-ssh-tunnel-numbered-italic-labels-ko": (0.0, 0),
    "03-bcp-label-lines-long-fences-ko": (1.0, 0),
    "04-wget-background-prose-tilde-fences-ko": (1.0, 0),
    "05-dd-head-dummy-heading-images-ko": (1.0, 0),
    "06-uv-numbered-paren-gloss-bullets-ko": (0.888, 0),
    "07-cryptsetup-losetup-setext-code-span-comments-en": (0.909, 0),
    "08-btrfs-lowercase-leadin-code-spans-en": (0.714, 0),
    "09-dd-pv-backup-prose-code-spans-en": (0.6, 0),
    "10-partitioning-tab-gloss-bare-commands-en": (1.0, 0),
    "11-aws-ec2-dash-numbered-steps-en": (1.0, 0),
    "12-ruby-rails-dash-gloss-bullets-en": (1.0, 0),
}
# the seventeenth set, opened for tuning at db94953 (blind until then, measured three times with the very same 89
# cards: 50/117 = 42.7 % found, 36/89 = 40.4 % wrong)
FLOORS17: dict[str, tuple[float, int]] = {
    "01-windows-cmd-numbered-headings-python-fences-ko": (0.518, 0),  # 0.666 with "dir" a program: review5 [dir-is-a-word]
    "02-httpie-jekyll-post-blockquote-notes-ko": (0.0, 0),
    "03-ffplay-blockquote-option-glosses-ko": (0.3, 0),
    "04-jupyter-h4-key-after-dash-ko": (1.0, 0),
    "05-conda-h3-headings-bare-fences-images-ko": (0.777, 0),
    "06-git-lfs-blockquoted-fences-ko": (1.0, 0),
    "07-dnf-colon-leadins-italic-option-notes-en": (1.000, 0),
    "08-shred-option-table-command-autopsy-en": (1.0, 0),
    "09-ykman-h1-sections-colon-leadins-en": (1.0, 0),
    "10-transmission-lowercase-headings-dollar-fences-en": (1.0, 0),
    "11-wireguard-headings-root-prompt-fences-en": (0.333, 0),
    "12-certbot-nginx-howto-headings-en": (0.0, 0),
}
# the eighteenth set, opened for tuning at afd647a (blind until then, measured three times with the very same 59
# cards: 34/86 = 39.5 % found, 22/59 = 37.3 % wrong)
FLOORS18: dict[str, tuple[float, int]] = {
    "01-supervisor-prose-term-bullets-liquid-ko": (1.0, 0),
    "02-adduser-deluser-tilde-fences-trailing-comments-ko": (1.0, 0),
    "03-systemctl-unit-file-tilde-fences-rules-ko": (0.777, 0),
    "04-extglob-pattern-gloss-comments-fence-ko": (1.0, 0),
    "05-fg-bg-jobs-output-comments-fence-ko": (1.0, 0),
    "06-minikube-colima-comment-fences-bullets-ko": (0.857, 0),
    "07-dig-til-prose-output-en": (0.5, 0),
    "08-git-bundle-rsync-admonitions-criticmarkup-en": (0.888, 0),
    "09-git-log-admonitions-explanation-bullets-en": (0.8, 0),
    "10-pip-use-sentences-admonition-footnote-en": (1.0, 0),
    "11-borg-comment-fences-backslash-en": (1.0, 0),
    "12-aliases-ssh-heading-fences-letter-comments-en": (1.0, 0),
}
# the nineteenth set, opened for tuning at fb3515c (blind until then, measured four times with the very same 117
# cards: 78/126 = 61.9 % found, 39/117 = 33.3 % wrong)
FLOORS19: dict[str, tuple[float, int]] = {
    "01-chocolatey-kramdown-toc-comment-fences-ko": (0.900, 0),
    "02-windows-cmd-headings-trailing-comments-options-ko": (0.818, 0),
    "03-wsl-howto-headings-prose-fences-ko": (0.428, 2),
    "04-pip-poetry-uv-comment-fences-prose-after-ko": (0.96, 0),
    "05-apt-get-dpkg-task-headings-prompt-fences-ko": (1.0, 0),
    "06-knife-solo-gloss-bullet-xargs-fence-ko": (1.0, 0),
    "07-systemd-qa-flashcards-sections-en": (1.0, 0),
    "08-hub-comment-fence-shell-function-en": (1.0, 0),
    "09-react-native-heading-gloss-bullets-en": (0.0, 0),
    "10-mac-keys-bare-bullets-arrow-glosses-en": (1.0, 0),
    "11-psql-heading-gloss-code-lines-en": (1.0, 0),
    "12-fzf-quoted-key-paragraphs-bullets-en": (1.0, 0),
}
# the twentieth set, opened for tuning at 5b18c24 (blind until then, measured three times with the very same 87
# cards: 42/112 = 37.5 % found, 38/87 = 43.7 % wrong)
FLOORS20: dict[str, tuple[float, int]] = {
    "01-ros-cheatsheet-ial-labels-comment-fences-ko": (0.600, 0),
    "02-fastboot-tldr-blockquote-dash-glosses-code-lines-ko": (1.0, 0),
    "03-jq-blog-html-figures-narrative-output-fences-ko": (0.888, 0),
    "04-org-mode-aligned-label-key-columns-en": (0.8, 0),
    "05-httpie-learnxinyminutes-comment-fences-en": (0.846, 0),
    "06-git-heading-fences-br-prose-ko": (0.333, 0),
    "07-gpg-git-crypt-bold-bullets-hugging-fences-en": (0.9, 0),
    "08-flatpak-navi-cheat-comment-glosses-variables-en": (1.0, 0),
    "09-environment-modules-usage-spans-hr-terminal-fences-ko": (0.75, 0),
    "10-git-branch-hugo-note-shortcodes-rules-ko": (0.857, 0),
    "11-jot-manpage-example-comments-run-on-glosses-en": (1.0, 0),
    "12-tmux-conf-dotfile-comment-glosses-en": (1.0, 0),
}
# the twenty-first set, opened for tuning at 9694fd7 (blind until then, measured three times with the very same 80
# cards: 59/133 = 44.4 % found, 21/80 = 26.2 % wrong)
FLOORS21: dict[str, tuple[float, int]] = {
    "01-brew-chirpy-task-headings-fences-trailing-comments-ko": (1.0, 0),
    "02-pip-h4-headings-indented-code-blocks-ko": (1.0, 0),
    "03-bash-gloss-colon-command-bullets-nested-options-deep-fences-ko": (0.896, 0),
    "04-linux-liquid-highlight-blocks-gloss-lines-ko": (0.9, 0),
    "05-psql-headings-prompted-fences-pasted-tables-br-ko": (1.0, 0),
    "06-iterm2-zsh-setup-narrative-text-fences-key-dash-glosses-ko": (0.555, 0),
    "07-asdf-numbered-bold-steps-colon-bullets-indented-fences-en": (0.8, 0),
    "08-docker-compose-ohmyzsh-alias-command-description-table-en": (1.0, 0),
    "09-git-lfs-ls-files-asciidoc-manpage-option-dlist-en": (1.0, 0),
    "10-direnv-fetchurl-manpage-setext-indented-definitions-en": (1.0, 0),
    "11-inputrc-dotfile-comment-glosses-en": (0.0, 0),
    "12-tpm-troubleshooting-blockquote-questions-hr-numbered-fix-en": (0.2, 0),
}
# the twenty-second set, opened for tuning at 21fce0f (blind until then, measured at e377774, 5b312dd and 21fce0f
# with the very same 150 cards: 77/262 = 29.4 % found, 71/150 = 47.3 % wrong)
FLOORS22: dict[str, tuple[float, int]] = {
    "01-ssh-sudo-grep-blockquoted-entries-bold-labels-hardbreak-options-ko": (0.428, 0),
    "02-chrome-jasper2-post-gloss-colon-key-plain-lines-ko": (0.916, 0),
    "03-terminal-mm-docs-gloss-line-over-inline-key-and-fences-ko": (0.692, 0),
    "04-vi-editor-multilingual-jekyll-headerless-pipe-rows-tables-ko": (0.798, 0),
    "05-chown-chirpy-bracket-numbered-headings-terminal-fences-ko": (0.5, 0),
    "06-macos-jekyll-post-gloss-colon-code-key-bullets-br-ko": (0.944, 0),
    "07-zoxide-roff-manpage-tp-definitions-nf-comment-usage-tbl-en": (1.0, 0),
    "08-vim-commentary-vim-helpfile-tags-column-definitions-en": (0.0, 0),
    "09-cookiecutter-self-documented-makefile-target-hash-comments-en": (1.0, 0),
    "10-git-commit-docopt-usage-docstring-option-columns-en": (0.965, 0),
    "11-gitconfig-dotfile-alias-comment-blocks-dashed-separators-en": (1.0, 2),
    "12-m365-teams-mdx-fenced-definition-list-options-jsx-en": (1.0, 0),
}
# the twenty-third set, opened for tuning at a28036b (blind until then, measured at b70c720, 9972e65, c602b60 and a28036b
# with the very same 149 cards: 63/209 = 30.1 % found, 77/149 = 51.7 % wrong)
FLOORS23: dict[str, tuple[float, int]] = {
    "01-grep-find-yat-post-hardbreak-backtick-colon-runs-syntax-bullets-ko": (1.0, 0),
    "02-git-log-lecture-note-blockquoted-bold-italic-commands-yml-output-ko": (1.0, 0),
    "03-rpm-yum-tar-jekyll-guide-indented-code-option-blocks-escaped-hash-bullets-ko": (0.979, 0),
    "04-redis-cli-mm-post-gloss-headings-angle-prompt-brace-placeholders-ko": (0.846, 0),
    "05-top-ps-memory-til-backslash-hardbreak-prose-linux-fences-ko": (0.444, 0),
    "06-asdf-vitepress-docs-example-comment-fences-tip-containers-ko": (0.647, 0),
    "07-sphinx-apidoc-rst-option-list-manpage-warning-directive-en": (1.0, 0),
    "08-dust-readme-fenced-usage-lines-parenthesized-glosses-en": (0.941, 0),
    "09-vim-multiple-cursors-readme-label-colon-aligned-key-bullets-en": (0.4, 0),
    "10-nerdcommenter-readme-key-bold-pipe-tag-indented-gloss-details-en": (0.0, 0),
    "11-tmux-pain-control-readme-br-continuation-gloss-bold-labels-en": (0.733, 0),
    "12-vim-surround-readme-keystroke-prose-between-indented-examples-en": (0.0, 0),
}
# the twenty-fourth set, opened for tuning at 68126df (blind until then, measured at 018c302: 57/233 = 24.5 % found,
# 51/121 = 42.1 % wrong; at c78946d and 68126df the same facts and wrong cards, of 118)
FLOORS24: dict[str, tuple[float, int]] = {
    "01-tail-johngrib-wiki-option-id-headings-space-hash-comment-fence-ko": (1.0, 0),
    "02-at-atq-atrm-leading-blank-line-comment-over-runs-brace-placeholder-fences-ko": (1.0, 0),
    "03-git-update-index-tab-aligned-trailing-hash-glosses-tab-indented-option-fences-ko": (1.0, 0),
    "04-oh-my-zsh-quartz-obsidian-embeds-numbered-h4-step-headings-dollar-fences-ko": (0.857, 0),
    "05-alias-unalias-english-title-syntax-sentences-txt-fences-skip-markers-ko": (0.75, 0),
    "06-bash-keys-johngrib-wiki-caret-notation-id-headings-nested-group-bullets-ko": (0.958, 0),
    "07-ncdu-pod-manpage-over-item-options-keys-en": (1.0, 0),
    "08-tmux-extensionless-plain-text-column-cheatsheet-keys-indented-under-commands-en": (1.0, 0),
    "09-firebase-cli-loose-code-colon-bullets-syntax-example-subbullets-en": (1.0, 0),
    "10-exa-pandoc-manpage-setext-sections-colon-definition-lists-en": (1.0, 0),
    "11-valgrind-mdbook-man-heading-usage-fence-column-options-prose-led-prompt-examples-en": (0.769, 0),
    "12-emacs-ess-magit-bare-key-column-fences-rule-separated-press-prose-bullets-en": (0.615, 0),
}
# the twenty-fifth set, opened for tuning at bbf37e5 (blind until then, measured at de2613f: 61/137 = 44.5 % found,
# 69/131 = 52.7 % wrong; at bbf37e5 the same figures)
FLOORS25: dict[str, tuple[float, int]] = {
    "01-icacls-takeown-h2-code-title-letter-code-nested-bullets-usage-example-fence-images-ko": (1.0, 0),
    "02-yubico-piv-tool-prose-led-triple-repeated-line-fences-h3-task-headings-ko": (1.0, 0),
    "03-mysqldump-sql-labelled-fences-ex-lines-alternative-lines-error-bullets-ko": (1.0, 0),
    "04-linux-42-homework-problem-bullets-plus-component-glosses-indented-pipeline-fences-ko": (0.928, 1),
    "05-fsutil-fallocate-os-headings-usage-example-heading-pairs-gt-prompt-ko": (1.0, 0),
    "06-npm-install-flag-table-duplicate-rows-paired-flag-h4-headings-ko": (0.75, 0),
    "07-git-undo-ronn-manpage-indented-option-paragraphs-html-entities-en": (0.857, 0),
    "08-pdf-tools-tool-to-gloss-bullets-indented-fences-alternatively-paragraphs-en": (0.875, 0),
    "09-wifi-diagnostics-gloss-first-bullets-tool-dash-and-install-paren-glosses-en": (0.857, 0),
    "10-v4l2-ctl-webcam-gloss-bullets-over-indented-fences-output-comments-en": (0.8, 0),
    "11-drush-sh-file-hash-banner-bare-subcommands-paren-aliases-aligned-hash-glosses-en": (1.0, 0),
    "12-mplayer-bare-key-column-fence-troubleshoot-heading-press-prose-hardbreak-command-en": (0.4, 0),
}
# the twenty-sixth set, opened for tuning at 0cfa73a (blind until then, measured at cbd28ec: 30/95 = 31.6 % found,
# 36/69 = 52.2 % wrong; at 0cfa73a the same figures)
FLOORS26: dict[str, tuple[float, int]] = {
    "01-moreutils-johngrib-wiki-wikilink-brace-label-colon-english-gloss-bullets-ko": (1.0, 0),
    "02-seq-johngrib-wiki-option-colon-headings-output-fences-then-argument-gloss-bullets-ko": (1.0, 0),
    "03-cd-argument-gloss-example-table-html-list-cells-ko": (1.0, 0),
    "04-xcrun-simctl-enable-disable-h3-situation-lead-lines-dollar-fences-ko": (1.0, 0),
    "05-type-which-whereis-english-title-h3-bold-term-glosses-blockquote-notes-txt-fences-ko": (1.0, 0),
    "06-git-rm-cached-nested-blockquote-story-dollar-code-span-colon-bullets-ko": (1.0, 0),
    "07-ss-mdbook-dot-leader-option-filter-groups-colon-lead-in-examples-en": (1.0, 0),
    "08-xsel-front-matter-pasted-help-options-colon-lead-in-dollar-fences-alias-block-en": (0.888, 0),
    "09-7z-front-matter-blockquote-intro-usage-placeholder-fence-eg-example-en": (0.5, 0),
    "10-htop-h1-groups-star-bullets-and-bare-key-dash-lines-en": (0.9, 0),
    "11-getfacl-setfacl-acl-prose-task-headings-comment-fences-pasted-hash-output-en": (1.0, 0),
    "12-windscribe-plain-text-numbered-steps-bare-command-lines-output-en": (1.0, 0),
}
# the twenty-seventh set, opened for tuning at f21aa5d (blind until then, measured at f9777f1: 34/73 = 46.6 % found,
# 15/54 = 27.8 % wrong; at b96ba8b and f21aa5d the same figures)
FLOORS27: dict[str, tuple[float, int]] = {
    "01-say-johngrib-wiki-h3-korean-task-headings-one-line-dollar-fences-ko": (0.875, 0),
    "02-chage-passwd-gloss-bullets-indented-fences-warning-comments-ko": (1.0, 1),
    "03-ls-l-file-type-char-type-description-table-ko": (1.0, 0),
    "04-git-subtree-emoji-bullets-one-row-comparison-table-arrow-glosses-ko": (0.625, 0),
    "05-docker-logs-numbered-h4-wish-headings-code-span-bullets-ko": (1.0, 0),
    "06-wsl-diskpart-problem-solution-headings-powershell-prompt-usage-comments-ko": (0.909, 0),
    "07-gifsicle-h2-gloss-headings-indented-code-no-blank-line-en": (1.0, 0),
    "08-rclone-variable-fence-h2-semicolon-gloss-headings-en": (1.0, 0),
    "09-timeshift-colon-lead-ins-indented-code-output-same-indent-en": (1.0, 0),
    "10-paste-mdbook-comment-gloss-usage-fence-output-as-comments-en": (1.0, 0),
    "11-fs-usage-til-story-filter-value-dash-list-en": (1.0, 0),
    "12-gh-lowercase-task-headings-variant-label-comment-fences-en": (1.0, 1),
}
# the twenty-eighth set, opened for tuning at c17f427 (blind until then, measured at c650b76: 49/80 = 61.3 % found,
# 12/63 = 19.0 % wrong; at 6702e5f and c17f427 the same figures)
FLOORS28: dict[str, tuple[float, int]] = {
    "01-scp-direction-headings-nested-usage-code-spans-dashless-letter-option-example-table-ko": (1.0, 0),
    "02-firewall-cmd-iptables-ufw-tool-sections-paren-option-comment-dollar-fences-ko": (1.0, 0),
    "03-pbcopy-pbpaste-two-verb-headings-unglossed-dollar-fences-ko": (1.0, 0),
    "04-git-remote-set-url-lead-sentence-command-fence-usage-comment-before-after-session-ko": (1.0, 0),
    "05-git-tips-numbered-h2-indented-code-double-slash-trailing-glosses-ko": (0.958, 0),
    "06-time-johngrib-wiki-pasted-run-output-field-gloss-bullets-ko": (1.0, 0),
    "07-git-no-verify-til-code-span-command-bullets-paren-effect-glosses-en": (1.0, 0),
    "08-ps-til-one-command-breakdown-flag-sentence-bullets-en": (0.833, 0),
    "09-shfmt-shellcheck-til-one-sentence-two-tool-purposes-bare-dollar-fence-en": (1.0, 0),
    "10-git-diff-apply-am-til-colon-lead-ins-hugging-fences-contrast-sentence-en": (1.0, 0),
    "11-apk-one-word-verb-headings-dollar-or-alternatives-eg-unbalanced-fence-en": (0.571, 0),
    "12-pngquant-oxipng-til-linked-tool-purposes-prose-led-indented-lines-en": (1.0, 0),
}
# the twenty-ninth set, opened for tuning at 49eb766 (blind until then, measured at c9b7131: 14/88 = 15.9 % found,
# 28/60 = 46.7 % wrong; at 1997b86 and 49eb766 the same figures)
FLOORS29: dict[str, tuple[float, int]] = {
    "01-df-johngrib-wiki-summary-bare-usage-fence-short-code-span-colon-long-code-span-option-bullets-ko": (1.0, 0),
    "02-explorer-open-nautilus-os-name-headings-one-line-prompt-fences-brace-placeholder-ko": (0.75, 0),
    "03-ln-symbolic-link-numbered-h4-usage-headings-comment-demo-fences-h5-warning-ko": (0.166, 0),
    "04-git-cherry-pick-double-slash-comment-fence-mixed-dollar-ko": (1.0, 0),
    "05-ditto-johngrib-wiki-h3-task-headings-before-after-file-content-tables-prose-gloss-sentence-ko": (1.0, 0),
    "06-chmod-chown-visudo-issue-headings-mode-code-span-colon-bullets-arrow-risk-subbullets-sudoers-comment-fence-ko": (0.75, 0),
    "07-git-bisect-nav-link-header-rule-separated-dollar-colon-gloss-syntax-fence-en": (1.0, 0),
    "08-ssh-escape-til-pasted-help-list-fence-tilde-keys-en": (0.8, 0),
    "09-caffeinate-til-hard-wrapped-flag-sentences-italic-terms-man-quote-en": (0.666, 0),
    "10-yarn-npm-pipeless-two-column-equivalence-table-front-matter-en": (1.0, 0),
    "11-watch-option-h3-headings-inside-list-items-indented-placeholder-dollar-fences-rule-separated-sections-en": (1.0, 0),
    "12-xxd-notion-export-blockquote-definitions-qa-bullet-answer-code-span-flag-table-en": (1.0, 0),
}
# the thirtieth set, opened for tuning at 526a811 (blind until then, measured at 3b9b112: 40/87 = 46.0 % found,
# 31/86 = 36.0 % wrong; at 5c7c217, 5755206 and 526a811 the same facts, 30/85 wrong: the floors)
FLOORS30: dict[str, tuple[float, int]] = {
    "01-runlevel-pelican-metadata-header-digit-dash-english-name-br-korean-gloss-bullets-per-distro-lists-ko": (0.875, 0),
    "02-git-quotepath-pelican-metadata-title-only-gloss-one-line-dollar-fence-ko": (1.0, 0),
    "03-du-quartz-blockquoted-english-man-description-gloss-bullet-over-bare-fence-double-slash-trailing-comment-ko": (1.0, 0),
    "04-git-clean-fire-warning-h3-question-h4-headings-dollar-fences-option-bullet-after-ko": (1.0, 0),
    "05-unzip-zip-numbered-nospace-h2-gloss-bullet-then-dollar-bullet-letter-dash-option-line-ko": (1.0, 0),
    "06-byobu-paren-key-line-in-fence-lone-code-span-key-line-gloss-continues-next-line-ko": (1.0, 0),
    "07-tmux-copycat-readme-code-span-key-dash-gloss-bullets-italic-mnemonic-letters-if-mode-conditions-en": (1.0, 0),
    "08-micro-help-page-prose-keys-angle-prompt-command-spans-topic-colon-bullets-en": (0.857, 0),
    "09-vim-plug-numbered-steps-broken-by-h4-example-fence-arrow-chained-command-spans-en": (0.75, 0),
    "10-lazygit-docs-prose-quoted-and-angle-bracket-keys-paren-numbered-ways-en": (1.0, 0),
    "11-git-cheat-sheet-task-headings-bracket-optional-placeholders-dollar-fences-hash-or-alternatives-en": (0.909, 0),
    "12-tar-termux-just-the-docs-sup-heading-one-fence-aligned-trailing-hash-glosses-grouped-by-comment-en": (1.0, 0),
}
# the thirty-first set, opened for tuning at 7d282b6 (blind until then, measured at 4ec9425: 58/118 = 49.2 % found,
# 16/79 = 20.3 % wrong; at 527d300, 87dc71b and 7d282b6 60/118 found, 16/81 wrong: the floors)
FLOORS31: dict[str, tuple[float, int]] = {
    "01-ssh-keygen-blockquote-source-image-only-options-three-column-table-br-cells-example-in-note-column-ko": (1.0, 0),
    "02-exit-status-three-column-table-code-span-codes-br-bullet-error-messages-check-bullet-ko": (1.0, 0),
    "03-git-reset-option-h3-headings-bold-gloss-paragraph-over-command-language-fence-blockquote-ko": (1.0, 0),
    "04-git-submodule-task-h2-gloss-paragraph-over-dollar-fence-bracket-placeholders-hash-or-ko": (1.0, 0),
    "05-crontab-field-order-nested-bullets-cron-lines-aligned-trailing-hash-glosses-ko": (0.904, 0),
    "06-background-jobs-hash-gloss-above-command-option-colon-comments-in-fences-ko": (1.0, 0),
    "07-fc-three-column-bold-use-case-command-description-tables-numbered-steps-per-editor-en": (0.95, 0),
    "08-grep-short-long-description-tables-headerless-last-table-en": (1.0, 0),
    "09-tmux-front-matter-gloss-sentence-over-dollar-fence-kbd-chords-in-prose-en": (0.909, 0),
    "10-cmd-kbd-in-opening-bullet-task-colon-bullets-over-indented-fences-en": (0.8, 0),
    "11-git-bisect-long-prose-tutorial-inline-command-spans-console-output-en": (1.0, 0),
    "12-zsh-hist-ignore-space-prose-til-option-in-code-span-setopt-fence-en": (1.0, 0),
}
# the thirty-second set, opened for tuning at a24f821 (blind until then, measured at 6dd955f, b3ed6a0 and a24f821:
# 61/145 = 42.1 % found, 58/120 = 48.3 % wrong: the floors)
FLOORS32: dict[str, tuple[float, int]] = {
    "01-chmod-two-column-letter-table-group-label-nested-code-span-colon-bullets-check-mark-usage-ko": (0.857, 0),
    "02-netstat-option-table-code-span-paren-english-expansion-usage-bullet-ko": (0.909, 0),
    "03-sudoers-numbered-steps-trailing-code-span-two-space-sub-bullets-ko": (1.0, 0),
    "04-wslconfig-commented-config-fence-default-paren-option-nested-bullets-dollar-inline-ko": (1.0, 0),
    "05-zsh-oh-my-zsh-prose-tutorial-os-h3-headings-dollar-fences-ko": (0.888, 1),
    "06-sshd-keepalive-config-fence-directive-code-span-colon-bullets-prose-rule-ko": (1.0, 0),
    "07-tee-task-h3-gloss-sentence-fence-option-long-description-table-empty-cells-en": (1.0, 0),
    "08-terraform-details-summary-pre-code-help-command-list-en": (1.0, 0),
    "09-ls-flag-tables-platform-tag-outside-span-missing-trailing-pipe-en": (1.0, 0),
    "10-openssl-req-backslash-continued-command-word-led-flag-bullets-en": (1.0, 0),
    "11-tmux-setext-title-nested-bullets-space-colon-key-glosses-too-alternatives-en": (1.0, 0),
    "12-disk-kb-task-h2-where-dash-option-numbered-list-split-by-fence-aligned-hash-en": (1.0, 0),
}
# the thirty-third set, opened for tuning at 42463466 (blind until then, measured at 71dfb12: 67/137 = 48.9 % found,
# 40/116 = 34.5 % wrong; and at 42463466: 69/137 = 50.4 % found, 32/111 = 28.8 % wrong: the floors)
FLOORS33: dict[str, tuple[float, int]] = {
    "01-less-space-hash-comment-fence-multi-key-table-cells-mark-help-fence-ko": (0.909, 0),
    "02-top-front-matter-blockquote-man-excerpt-centered-key-tables-nested-flag-bullets-ko": (0.727, 0),
    "03-tmux-numbered-h3-plus-marker-nested-bullets-english-key-glosses-ko": (0.894, 0),
    "04-heredoc-cat-tee-code-span-part-bullets-nested-glosses-solution-h3-ko": (0.375, 0),
    "05-batch-mixed-h3-h4-numbered-code-span-headings-gloss-bullets-usage-fences-ko": (1.0, 0),
    "06-zsh-oh-my-zsh-prose-bullets-indented-fences-tips-ko": (0.5, 0),
    "07-processes-numbered-workflow-fenced-items-or-alternatives-summary-comment-fences-en": (0.863, 0),
    "08-openssl-bold-code-span-flag-bullets-three-column-bold-task-table-en": (0.75, 0),
    "09-shells-kbd-in-prose-tab-indented-fences-under-label-bullets-en": (0.7, 0),
    "10-mac-text-area-key-to-gloss-bullets-hard-wrapped-prose-keys-en": (1.0, 0),
    "11-git-stash-fence-only-document-aligned-hash-glosses-no-final-newline-en": (1.0, 0),
    "12-grep-bold-use-case-first-column-command-example-table-escaped-pipe-en": (1.0, 0),
}
# the thirty-fourth set, opened for tuning at 4562b92c (blind until then, measured at 9b937cd3, 83b843aa and 4562b92c:
# 73/138 = 52.9 % found, 19/93 = 20.4 % wrong: the floors)
FLOORS34: dict[str, tuple[float, int]] = {
    "01-vim-task-h2-headings-one-sentence-key-spans-h4-under-h2-mode-colon-bullets-ko": (0.962, 0),
    "02-git-branch-commented-workflow-fence-hash-step-glosses-branch-type-colon-bullets-key-value-table-ko": (0.875, 0),
    "03-tmux-term-paren-english-colon-definitions-task-first-colon-prefix-plus-key-bullets-ko": (1, 0),
    "04-nohup-numbered-h2-no-space-label-colon-ex-inline-commands-ampersand-concept-ko": (0.666, 0),
    "05-pstree-front-matter-option-bullets-under-output-fences-nested-value-example-bullets-ko": (1, 0),
    "06-bash-history-expansion-four-column-form-example-expand-table-special-variable-table-key-sentences-ko": (0.75, 0),
    "07-yabai-skhd-setext-title-deep-nested-bullets-caps-labels-chord-to-action-comma-key-groups-en": (0.812, 0),
    "08-text-tools-bare-name-dash-gloss-bullets-no-code-spans-pipe-alternative-parenthesised-flags-en": (1, 0),
    "09-dockerd-front-matter-prose-led-console-fences-kbd-chord-systemctl-italic-note-en": (1, 0),
    "10-git-line-endings-four-column-table-typo-h3-tasks-quoted-answers-gitattributes-fences-en": (1, 0),
    "11-lsof-til-task-h2-tilde-percent-prompt-fences-wide-output-column-legend-prose-en": (0.857, 0),
    "12-git-archive-til-indented-code-blocks-prose-flag-explanations-en": (1, 0),
}
# the thirty-fifth set, opened for tuning 2026-12-04 (blind until then, measured at 80d24b63: 70/130 = 53.8 % found,
# 17/91 = 18.7 % wrong; at 81b45021 70/130, 18/92: the floors)
FLOORS35: dict[str, tuple[float, int]] = {
    "01-vim-kramdown-ial-label-bullets-blockquote-bold-key-colon-hard-breaks-ko": (1.0, 0),
    "02-git-bare-dollar-command-colon-gloss-lines-one-paragraph-indented-reset-modes-ko": (1.0, 0),
    "03-unzip-h4-numbered-task-headings-single-code-span-bullet-option-table-ko": (1.0, 0),
    "04-fc-h3-tasks-dollar-fences-aligned-hash-glosses-history-equivalents-ko": (1.0, 0),
    "05-net-tools-three-column-replacement-table-linked-names-ko": (1.0, 0),
    "06-ping-pathping-code-span-title-indented-dash-lines-python-fences-images-ko": (1.0, 0),
    "07-pacman-mdbook-text-fences-aligned-glosses-no-hash-prose-hacks-en": (1.0, 0),
    "08-tmux-task-h2-fences-key-chords-arrow-glosses-inside-fences-en": (1.0, 0),
    "09-gpg-per-os-install-h3s-task-h3-fences-warning-blockquote-en": (1.0, 0),
    "10-ripgrep-intro-bold-reason-bullets-task-h2-colon-sentences-sh-fences-en": (1.0, 0),
    "11-ifuse-numbered-procedure-inline-spans-non-action-steps-indented-find-en": (1.0, 0),
    "12-nc-eg-lowercase-gloss-lines-indented-blocks-basic-usage-en": (1.0, 0),
}
FLOORS_OF = {"fresh": FLOORS, "fresh2": FLOORS2, "fresh3": FLOORS3, "fresh4": FLOORS4, "fresh5": FLOORS5,
             "fresh6": FLOORS6, "fresh7": FLOORS7, "fresh8": FLOORS8, "fresh9": FLOORS9, "fresh10": FLOORS10,
             "fresh11": FLOORS11, "fresh12": FLOORS12,
             "fresh13": FLOORS13, "fresh14": FLOORS14, "fresh15": FLOORS15, "fresh16": FLOORS16, "fresh17": FLOORS17,
             "fresh18": FLOORS18, "fresh19": FLOORS19, "fresh20": FLOORS20,
             "fresh21": FLOORS21, "fresh22": FLOORS22, "fresh23": FLOORS23,
             "fresh24": FLOORS24, "fresh25": FLOORS25, "fresh26": FLOORS26,
             "fresh27": FLOORS27, "fresh28": FLOORS28,
             "fresh29": FLOORS29, "fresh30": FLOORS30,
             "fresh31": FLOORS31, "fresh32": FLOORS32, "fresh33": FLOORS33,
             "fresh34": FLOORS34, "fresh35": FLOORS35}


def _paths(set_: str, name: str) -> tuple[Path, Path]:
    documents, goldens = SETS[set_]
    return documents / f"{name}.md", goldens / f"{name}.json"


def _golden(set_: str, name: str) -> Golden:
    return load_golden(_paths(set_, name)[1].read_text(encoding="utf-8"))


@cache
def _score(set_: str, name: str) -> FileScore:
    golden = _golden(set_, name)
    document = _paths(set_, name)[0].read_text(encoding="utf-8")
    return score(extract(document, deck=set_, source=golden.source).notes, golden)


@pytest.mark.parametrize("set_", sorted(SETS))
def test_every_fresh_document_has_a_golden(set_: str) -> None:
    documents, goldens = SETS[set_]
    assert sorted(p.stem for p in documents.glob("*.md")) == sorted(p.stem for p in goldens.glob("*.json"))


@pytest.mark.parametrize("set_", sorted(SETS))
def test_every_fresh_document_has_a_floor(set_: str) -> None:
    assert sorted(FLOORS_OF[set_]) == sorted(name for s, name in FILES if s == set_)


@pytest.mark.parametrize(("set_", "name"), FILES)
def test_golden_is_about_its_document(set_: str, name: str) -> None:
    golden = _golden(set_, name)
    assert golden.source == f"{name}.md"
    assert golden.facts
    assert golden_problems(golden, _paths(set_, name)[0].read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("set_", "name"), [(s, n) for s, floors in FLOORS_OF.items() for n in sorted(floors)])
def test_file_keeps_its_floor(set_: str, name: str) -> None:
    recall, wrong = FLOORS_OF[set_][name]
    result = _score(set_, name)
    missed = "\n".join(fact.describe() for fact in result.misses)
    assert result.recall >= recall, f"{name}: recall {result.recall:.3f} < {recall}; misses:\n{missed}"
    made = "\n".join(f"{w.card.line}: {w.card.front} → {w.card.back} ({w.reason})" for w in result.wrong_cards)
    assert result.wrong <= wrong, f"{name}: {result.wrong} wrong cards > {wrong}:\n{made}"
