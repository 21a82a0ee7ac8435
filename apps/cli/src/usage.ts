export const USAGE = `Usage:
  parallax compare <file|url> <file|url>... [--json | --markdown | --text] [--outlet <input>=<name>]...
  parallax parse <file|url> [--json]

Compare how outlets cover one story: 2 to 100 articles, as text files, HTML files (.html, .htm)
or http(s) URLs, each up to 5 MB. Private hosts are refused unless listed in PARALLAX_ALLOW_HOSTS
(comma-separated).

Options:
  --json             print the comparison as JSON
  --markdown         print it as Markdown
  --text             print it for a terminal (the default)
  --outlet in=name   name the outlet of one input, by its path or file name (repeatable),
                     e.g. --outlet a.txt=Haaretz
  -h, --help         show this help

Exit codes: 0 ok, 2 usage, 3 bad input, 4 fetch failure.
`
