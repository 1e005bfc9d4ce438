"""The report in a real headless browser: it renders, offline, with no script error.

Driven by Chromium's own command line (no Python browser driver is installed):
`--dump-dom` prints the DOM after the page has loaded and its timers have run
(`--virtual-time-budget`), `--screenshot` saves a PNG.

How script errors are caught: the test opens an instrumented copy of the page.
Its <head> starts with
- a Content-Security-Policy that forbids every network fetch (only inline
  scripts, inline styles and data: images are allowed), so a page that needs the
  network fails here instead of silently reaching a CDN;
- a collector script, run before anything else, that records `window.onerror`,
  unhandled promise rejections, `console.error` calls and CSP violations, and,
  once the page has loaded, writes them, with what it measured in the live page
  (chart marks, table rows, article sections and their heights), as JSON into a
  <pre> element, which `--dump-dom` then carries out.
Reading the errors back from the DOM does not depend on Chromium's log format;
as a second net, stderr (`--enable-logging=stderr`) is scanned for "Uncaught".

No browser: the test is skipped with the reason, except under CI (CI=true),
where a missing browser is a failure. NEWSX_BROWSER names another binary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline import report
from test_report import build_outdir

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
RESULT_ID = "newsx-browser-result"
CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
       "img-src data: blob:; font-src data:")
COLLECTOR = """<script>
(function () {
  var errors = [];
  window.addEventListener('error', function (e) {
    errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || String(e)));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { errors.push('unhandled rejection: ' + String(e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) { errors.push('blocked: ' + e.blockedURI + ' (' + e.violatedDirective + ')'); });
  var consoleError = console.error;
  console.error = function () { errors.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); consoleError.apply(console, arguments); };
  window.addEventListener('load', function () {
    setTimeout(function () {
      var chart = document.getElementById('CHART_ID');
      var articles = {};
      document.querySelectorAll('article.article').forEach(function (a) {
        articles[a.id] = {height: a.getBoundingClientRect().height, slices: a.querySelectorAll('.sx-slice').length};
      });
      var result = {
        errors: errors,
        plotly: typeof window.Plotly,
        chart_svg: chart ? chart.querySelectorAll('svg.main-svg').length : 0,
        chart_width: chart ? chart.getBoundingClientRect().width : 0,
        marks: chart ? Array.prototype.map.call(chart.querySelectorAll('.scatterlayer path.point'), function (p) {
          return getComputedStyle(p).fill; }) : [],
        table_rows: document.querySelectorAll('#comparison-table tr.version').length,
        table_height: (document.getElementById('comparison-table') || {getBoundingClientRect: function () { return {height: 0}; }}).getBoundingClientRect().height,
        articles: articles
      };
      var pre = document.createElement('pre');
      pre.id = 'RESULT_ID';
      pre.textContent = JSON.stringify(result);
      document.body.appendChild(pre);
    }, 500);
  });
})();
</script>""".replace("CHART_ID", report.CHART_ID).replace("RESULT_ID", RESULT_ID)


def find_browser() -> str | None:
    named = os.environ.get("NEWSX_BROWSER")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        named = os.environ.get("NEWSX_BROWSER")
        looked = f"NEWSX_BROWSER={named}" if named else ", ".join(BROWSERS)
        reason = f"no headless browser found (looked for {looked}; install Debian's chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}: a browser is required under CI")
        pytest.skip(reason)
    return found


def run_browser(browser: str, profile: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Chromium headless, as root-safe and quiet as it gets, with a fresh profile."""
    profile.mkdir(parents=True, exist_ok=True)
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
               "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", *arguments]
    # a safety net against a hung browser, not a performance assertion
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def instrumented_copy(page: Path, target: Path) -> Path:
    html = page.read_text(encoding="utf-8")
    head = f'<head>\n<meta http-equiv="Content-Security-Policy" content="{CSP}">\n{COLLECTOR}'
    assert html.count("<head>") == 1
    target.write_text(html.replace("<head>", head, 1), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def loaded(browser, tmp_path_factory):
    """(measurements from the live page, dumped DOM, stderr, run folder)."""
    root = tmp_path_factory.mktemp("browser")
    out = build_outdir(root)
    cwd = os.getcwd()
    os.chdir(root)
    try:
        page = report.write_report(Path("out")).resolve()
    finally:
        os.chdir(cwd)
    probe = instrumented_copy(page, root / "probe.html")
    done = run_browser(browser, root / "profile-dom", "--window-size=1280,2000", "--dump-dom", probe.as_uri())
    found = re.search(rf'<pre id="{RESULT_ID}">(.*?)</pre>', done.stdout, re.S)
    assert found, f"the page did not finish loading (exit {done.returncode}); stderr:\n{done.stderr[-3000:]}"
    result = json.loads(found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
    return result, done.stdout, done.stderr, root


def test_page_loads_without_errors(loaded):
    result, _, stderr, _ = loaded
    assert result["errors"] == []
    assert [line for line in stderr.splitlines() if "Uncaught" in line] == []
    assert result["plotly"] == "object"


def test_table_renders_every_version(loaded):
    result, dom, _, _ = loaded
    assert result["table_rows"] == 4
    assert result["table_height"] > 100
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom and "<script>alert(1)" not in dom


def rgb(hex_color: str) -> str:
    return "rgb({}, {}, {})".format(*(int(hex_color[i:i + 2], 16) for i in (1, 3, 5)))


def test_chart_has_one_mark_per_version_with_amount_and_date(loaded):
    result, _, _, _ = loaded
    assert result["chart_svg"] >= 1 and result["chart_width"] > 300
    assert sorted(result["marks"]) == sorted([rgb(report.STATUS_COLORS["cancelled"]), rgb(report.STATUS_COLORS["signed"])])


def test_every_article_section_renders(loaded):
    result, _, _, _ = loaded
    assert sorted(result["articles"]) == ["article-en-b", "article-es-c", "article-fr-a"]
    assert all(a["height"] > 100 for a in result["articles"].values())
    # underlines for amount, date, organisation mentions and quote (fr-a: 1 + 2 + 6 + 1 spans' tokens at least)
    assert result["articles"]["article-fr-a"]["slices"] >= 10
    assert result["articles"]["article-en-b"]["slices"] >= 10
    assert result["articles"]["article-es-c"]["slices"] == 0  # its text is missing: spans listed instead


def test_screenshot(browser, loaded):
    _, _, _, root = loaded
    shot = root / "report.png"
    done = run_browser(browser, root / "profile-shot", "--window-size=1280,2400", f"--screenshot={shot}",
                       (root / "out" / "report.html").as_uri())
    assert shot.exists(), done.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    print(f"screenshot: {shot}")
