#!/usr/bin/env bash
# Opens Wenxi's HTML report pages in headless Chromium (Debian's chromium package) and checks that they render:
# a screenshot at desktop width and one at phone width, a PDF through the print style sheet, and a measurement
# of each page's width at phone size (a page must not scroll sideways; only its tables may).
# Network is shut off for the browser, so a page that needed anything from outside would show it.
#
# Usage: Benchmarks/render-check.sh [--out DIR] [--doc PNG] [PAGE.html ...]
#   PAGE.html   pages to check. Without any: the renderer's test fixtures are written with
#               `WENXI_RENDER_SAMPLE_DIR=... swift test --filter RenderSampleTests` and their index.html and
#               first article page are checked.
#   --out DIR   where screenshots and PDFs go (default Benchmarks/.work/render).
#   --doc PNG   also write the README screenshot of the first page (desktop, top of the page) to PNG,
#               e.g. --doc docs/report-screenshot.png.
# Installs chromium and fonts-noto-cjk with apt-get when missing (needs root).
# Exit status: 0 when every page rendered and fits the phone width, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
out=Benchmarks/.work/render
doc=""
pages=()
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --doc) doc="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) pages+=("$1"); shift ;;
    esac
done

desktop_size=${DESKTOP_SIZE:-1280,2400}
phone_size=${PHONE_SIZE:-390,2400}
doc_size=${DOC_SIZE:-1100,1300}

# The browser and Chinese fonts.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
    echo "installing chromium and fonts-noto-cjk" >&2
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

mkdir -p "$out"
out=$(realpath "$out")
if [ ${#pages[@]} -eq 0 ]; then
    sample="$out/sample"
    rm -rf "$sample"
    if ! WENXI_RENDER_SAMPLE_DIR="$sample" swift test --filter RenderSampleTests >"$out/sample.log" 2>&1; then
        cat "$out/sample.log" >&2
        exit 1
    fi
    first_article=$(ls "$sample"/*.html | grep -v '/index\.html$' | head -n 1)
    pages=("$sample/index.html" "$first_article")
fi

browser() {
    # No sandbox (root in a container), no GPU, and no name resolution: nothing can be fetched.
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --host-resolver-rules="MAP * ~NOTFOUND" "$@" 2>/dev/null
}

status=0
for page in "${pages[@]}"; do
    if [ ! -f "$page" ]; then
        echo "$page: no such file" >&2
        status=1
        continue
    fi
    path=$(realpath "$page")
    name=$(basename "$page" .html)
    browser --window-size="$desktop_size" --screenshot="$out/$name-desktop.png" "file://$path" >/dev/null
    browser --window-size="$phone_size" --screenshot="$out/$name-phone.png" "file://$path" >/dev/null
    browser --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$path" >/dev/null

    # The page's own width at phone size, measured by a script in a frame around it (the page has none).
    probe="$out/.probe-$name.html"
    phone_width=${phone_size%,*}
    cat >"$probe" <<EOF
<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="file://$path" style="border:0;width:${phone_width}px;height:800px"></iframe>
<pre id="r">pending</pre>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument.documentElement;
  document.getElementById('r').textContent = 'width=' + d.scrollWidth + ' h1=' + (this.contentDocument.querySelector('h1') ? 1 : 0);
});
</script></body></html>
EOF
    result=$(browser --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom "file://$(realpath "$probe")" \
        | sed -n 's/.*<pre id="r">\([^<]*\)<\/pre>.*/\1/p')
    rm -f "$probe"
    width=${result#width=}; width=${width%% *}
    for f in "$out/$name-desktop.png" "$out/$name-phone.png" "$out/$name.pdf"; do
        if [ ! -s "$f" ]; then
            echo "$page: $f was not written" >&2
            status=1
        fi
    done
    if [ "${result##* }" != "h1=1" ] || [ -z "$width" ] || [ "$width" -gt "$phone_width" ]; then
        echo "$page: FAIL at phone width $phone_width px: ${result:-no result}" >&2
        status=1
    else
        echo "$page: ok (phone width $phone_width px, page width $width px) -> $out/$name-{desktop,phone}.png, $name.pdf"
    fi
done

if [ -n "$doc" ]; then
    mkdir -p "$(dirname "$doc")"
    doc=$(realpath "$doc")
    browser --window-size="$doc_size" --screenshot="$doc" "file://$(realpath "${pages[0]}")" >/dev/null
    echo "$doc: $(stat -c %s "$doc") bytes"
fi
exit $status
