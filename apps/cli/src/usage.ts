export const USAGE = `Usage:
  parallax compare <file|url> <file|url>... [--json | --markdown | --text] [--outlet <input>=<name>]...
  parallax cluster <file|folder|url>... [--json] [--compare]
  parallax parse <file|url> [--json]
  parallax worker [--concurrency <n>]

Compare how outlets cover one story: 2 to 100 articles, as text files, HTML files (.html, .htm)
or http(s) URLs, each up to 5 MB. Private hosts are refused unless listed in PARALLAX_ALLOW_HOSTS
(comma-separated).

Group many articles into stories, one event each: files, URLs or folders (their .txt, .html and
.htm files). Copies of one text are marked with the input of their origin.

Work batches handed to the API (POST /api/batches) when it runs on a PostgreSQL server:
DATABASE_URL=postgres://… parallax worker. Run any number, on any number of machines;
PARALLAX_PARSE_TIMEOUT_MS bounds each parse (default 1500), PARALLAX_PARSE_MS_PER_MB and
PARALLAX_COMPARE_MS_PER_MB add time per MB (defaults 6000 and 15000), as in the API.

Options:
  --json             print the comparison as JSON
  --markdown         print it as Markdown
  --text             print it for a terminal (the default)
  --compare          (cluster) also compare every story with two or more outlets
  --outlet in=name   name the outlet of one input, by its path or file name (repeatable),
                     e.g. --outlet a.txt=Haaretz
  --concurrency n    (worker) jobs at once, each with its own parser thread; default 1
  -h, --help         show this help

Exit codes: 0 ok, 2 usage, 3 bad input, 4 fetch failure.
`
