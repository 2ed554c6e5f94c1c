/**
 * The style sheet and script of the `html` format's page, inlined into it
 * (the page loads nothing), and the Content-Security-Policy that lets only
 * these two run: should the sanitiser ever miss something, an injected
 * script or style still does not run.
 */
import { createHash } from 'node:crypto';

/**
 * Marks: a verdict class sets `--m-bg`, `--m-line` and `--m-style`; a mark
 * without one (a verdict this page does not know yet) keeps the neutral
 * look. The underline style differs by verdict, so marks read apart in
 * grey print and without colour vision too. A figure that is not a claim
 * (`cc-v-figure`) is the quietest: no background, a thin dotted grey line.
 * Printed, it keeps its line; the list of such figures is left out.
 */
export const pageStyle = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--panel:#f6f8fa;--link:#0969da;
--neutral-bg:#eaeef2;--neutral-line:#6e7781;
--contradicted-bg:#ffebe9;--contradicted-line:#cf222e;--confirmed-bg:#dafbe1;--confirmed-line:#1a7f37;
--unverifiable-bg:#fff8c5;--unverifiable-line:#9a6700;--skipped-bg:#f3f4f6;--skipped-line:#8c959f;
--error-bg:#fbefff;--error-line:#8250df;--consistent-bg:#ddf4ff;--consistent-line:#0969da;--figure-line:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--panel:#151b23;--link:#4493f8;
--neutral-bg:#6e768166;--neutral-line:#9198a1;
--contradicted-bg:#f8514940;--contradicted-line:#ff7b72;--confirmed-bg:#2ea04340;--confirmed-line:#3fb950;
--unverifiable-bg:#bb800940;--unverifiable-line:#d29922;--skipped-bg:#6e768126;--skipped-line:#7d8590;
--error-bg:#a371f740;--error-line:#bc8cff;--consistent-bg:#388bfd40;--consistent-line:#58a6ff;--figure-line:#9198a1}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.875em}
.cc-top{padding:1rem 1.5rem;border-bottom:1px solid var(--border);background:var(--panel)}
.cc-top h1{margin:0 0 .25rem;font-size:1.25rem}
.cc-meta,.cc-keys{margin:.25rem 0;color:var(--muted);font-size:.875rem}
.cc-keys kbd{border:1px solid var(--border);border-radius:4px;padding:0 .3em;font-size:.8em;background:var(--bg)}
.cc-headline{margin:.5rem 0;font-size:1.05rem}
.cc-counts{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0;padding:0;list-style:none}
.cc-count{padding:.1rem .6rem;border-radius:1rem;background:var(--m-bg,var(--neutral-bg));border:1px solid var(--m-line,var(--neutral-line));font-size:.875rem}
.cc-layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;grid-template-areas:"main side";gap:2rem;max-width:78rem;margin:0 auto;padding:1rem 1.5rem}
.cc-layout>main{grid-area:main;min-width:0}
.cc-side{grid-area:side;position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;font-size:.875rem}
@media (max-width:60rem){.cc-layout{grid-template-columns:minmax(0,1fr);grid-template-areas:"side" "main"}.cc-side{position:static;max-height:none}}
.cc-side h2{font-size:1rem;margin:0 0 .5rem}
.cc-side ol{padding-left:1.25rem;margin:0}
.cc-side li{margin:.35rem 0}
.cc-loc{font-family:ui-monospace,monospace;white-space:nowrap}
.cc-report{margin-bottom:3rem}
.cc-file{font-size:1rem;font-family:ui-monospace,monospace;margin:0 0 .5rem;padding:.4rem .75rem;background:var(--panel);border:1px solid var(--border);border-radius:6px}
.cc-note{color:var(--muted)}
.cc-body{max-width:48rem;overflow-wrap:break-word}
.cc-body table{border-collapse:collapse;display:block;overflow:auto}
.cc-body th,.cc-body td{border:1px solid var(--border);padding:.3rem .7rem}
.cc-body pre{background:var(--panel);padding:.75rem;border-radius:6px;overflow:auto}
.cc-image{font-size:.875em;border:1px dashed var(--border);border-radius:4px;padding:0 .3em}
.cc-body blockquote{margin-left:0;padding-left:1rem;border-left:.25rem solid var(--border);color:var(--muted)}
mark.cc-mark{color:inherit;background:var(--m-bg,var(--neutral-bg));border-radius:3px;padding:0 1px;cursor:pointer;
text-decoration:underline var(--m-style,dotted) var(--m-line,var(--neutral-line));text-decoration-thickness:2px;text-underline-offset:.2em;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.cc-mark:focus{outline:2px solid var(--m-line,var(--neutral-line));outline-offset:1px}
mark.cc-current,mark.cc-mark:target{box-shadow:0 0 0 2px var(--m-line,var(--neutral-line))}
.cc-v-contradicted{--m-bg:var(--contradicted-bg);--m-line:var(--contradicted-line);--m-style:wavy}
.cc-v-confirmed{--m-bg:var(--confirmed-bg);--m-line:var(--confirmed-line);--m-style:solid}
.cc-v-unverifiable{--m-bg:var(--unverifiable-bg);--m-line:var(--unverifiable-line);--m-style:dashed}
.cc-v-skipped{--m-bg:var(--skipped-bg);--m-line:var(--skipped-line);--m-style:dotted}
.cc-v-error{--m-bg:var(--error-bg);--m-line:var(--error-line);--m-style:double}
.cc-v-consistent{--m-bg:var(--consistent-bg);--m-line:var(--consistent-line);--m-style:solid}
.cc-v-figure{--m-bg:transparent;--m-line:var(--figure-line);--m-style:dotted}
mark.cc-v-figure{cursor:help;text-decoration-thickness:1px}
.cc-badge{display:inline-block;padding:0 .45rem;border-radius:1rem;font-size:.8rem;background:var(--m-bg,var(--neutral-bg));border:1px solid var(--m-line,var(--neutral-line))}
.cc-findings,.cc-figures{margin-top:1.5rem;border-top:1px solid var(--border);padding-top:.5rem}
.cc-figures{margin-top:.5rem}
.cc-findings summary,.cc-figures summary{cursor:pointer;color:var(--muted)}
.cc-findings>ol,.cc-figures>ol{padding-left:0;list-style:none}
.cc-claim,.cc-figure{border-left:4px solid var(--m-line,var(--neutral-line));background:var(--panel);padding:.5rem .75rem;margin:.5rem 0;border-radius:0 6px 6px 0}
.cc-figure{border-left-style:dotted}
.cc-claim dl,.cc-figure dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .75rem;margin:.4rem 0 0}
.cc-claim dt,.cc-figure dt{color:var(--muted)}
.cc-claim dd,.cc-figure dd{margin:0;overflow-wrap:anywhere}
.cc-claim p,.cc-figure p{margin:0}
.cc-finding{margin-top:.5rem;padding-top:.4rem;border-top:1px dashed var(--border)}
#cc-pop{position:absolute;z-index:10;max-width:min(30rem,calc(100vw - 1rem));background:var(--bg);border:1px solid var(--border);border-radius:8px;box-shadow:0 8px 24px #0003;padding:.25rem .5rem;font-size:.875rem}
#cc-pop .cc-claim,#cc-pop .cc-figure{margin:.25rem 0}
@media print{
body{font-size:11pt;background:#fff;color:#000}
.cc-keys,#cc-pop,.cc-findings summary,.cc-figures{display:none}
.cc-layout{display:block;max-width:none;padding:0}
.cc-side{position:static;max-height:none;overflow:visible}
.cc-claim,tr,mark.cc-mark{break-inside:avoid}
mark.cc-v-figure{text-decoration-color:#6e7781}
mark.cc-mark:focus,mark.cc-current{outline:none;box-shadow:none}
a{color:inherit}
}
`;

/**
 * The page's behaviour: a detail for the mark under the pointer or in
 * focus (cloned from the claim's or figure's card in the page, never built
 * from strings), the contradiction list and the address's fragment focusing
 * their mark, and keys: j/k next and previous finding, n/p next and
 * previous contradiction, Esc closes the detail.
 */
export const pageScript = `(() => {
  "use strict";
  const pop = document.getElementById("cc-pop");
  const cards = Array.from(document.querySelectorAll(".cc-claim[data-ref]"));
  const firstMark = (ref) => document.querySelector('mark[data-opens~="' + ref + '"]');
  const order = cards.map((card) => card.dataset.ref).filter((ref) => firstMark(ref));
  const failing = cards.filter((card) => card.dataset.failing === "true").map((card) => card.dataset.ref).filter((ref) => firstMark(ref));
  let current = -1;
  let pinned = null;

  const clear = () => document.querySelectorAll("mark.cc-current").forEach((m) => m.classList.remove("cc-current"));
  // A mark is a claim's (data-claims) or a figure's that is no claim (data-figures); both open cards by ref.
  const attrOf = (mark) => (mark.dataset.figures ? "data-figures" : "data-claims");
  const refsOf = (mark) => (mark.dataset.claims || mark.dataset.figures || "").split(" ").filter(Boolean);
  // Where a mark stands among the findings: a claim's index, or for a figure half a step past the finding before it.
  function placeOf(mark) {
    if (!mark.dataset.figures) return order.indexOf((mark.dataset.opens || mark.dataset.claims || "").split(" ")[0]);
    let before = -1;
    order.forEach((ref, i) => {
      const first = firstMark(ref);
      if (first && first.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) before = i;
    });
    return before + 0.5;
  }

  function show(mark, pin) {
    const copies = refsOf(mark).map((ref) => document.getElementById("cc-d-" + ref)).filter(Boolean).map((card) => {
      const copy = card.cloneNode(true);
      copy.removeAttribute("id");
      copy.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
      return copy;
    });
    if (copies.length === 0) return;
    pop.replaceChildren(...copies);
    pop.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    pop.style.top = window.scrollY + box.bottom + 6 + "px";
    pop.style.left = window.scrollX + Math.max(8, Math.min(box.left, width - pop.offsetWidth - 8)) + "px";
    clear();
    for (const ref of refsOf(mark)) document.querySelectorAll("mark[" + attrOf(mark) + '~="' + ref + '"]').forEach((m) => m.classList.add("cc-current"));
    if (pin) pinned = mark;
  }

  function hide() {
    pop.hidden = true;
    pinned = null;
    clear();
  }

  function go(ref) {
    const mark = firstMark(ref);
    if (!mark) return;
    current = order.indexOf(ref);
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: "center" });
    show(mark, true);
  }

  function step(list, by) {
    if (list.length === 0) return;
    // Between findings (from a figure that is no claim) the current place is a half step: no finding is here.
    const here = order[current];
    let at = here === undefined ? -1 : list.indexOf(here);
    if (at < 0) {
      // From a finding that is not in the list, or a figure: the nearest one in the direction of travel.
      const later = list.findIndex((ref) => order.indexOf(ref) > current);
      at = by > 0 ? (later < 0 ? list.length : later) - 1 : later < 0 ? list.length : later;
    }
    go(list[Math.min(list.length - 1, Math.max(0, at + by))]);
  }

  function fromHash() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const ref = target && target.dataset.opens ? target.dataset.opens.split(" ")[0] : null;
    if (ref) go(ref);
    else if (target && target.matches("mark[data-figures]")) {
      // A figure's card links to its mark: its detail opens there, and j/k go on from it.
      current = placeOf(target);
      target.focus({ preventScroll: true });
      show(target, true);
    }
  }

  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest && event.target.closest("mark.cc-mark");
    if (mark && !pinned) show(mark, false);
  });
  document.addEventListener("mouseout", (event) => {
    const mark = event.target.closest && event.target.closest("mark.cc-mark");
    if (mark && !pinned && !(event.relatedTarget && pop.contains(event.relatedTarget))) hide();
  });
  document.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.cc-mark");
    if (mark) {
      current = placeOf(mark);
      show(mark, true);
      return;
    }
    const link = event.target.closest("a[data-ref]");
    // The same fragment again fires no hashchange.
    if (link && link.hash === location.hash) go(link.dataset.ref);
    else if (!pop.contains(event.target)) hide();
  });
  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest && event.target.closest("mark.cc-mark");
    if (mark && pinned !== mark) {
      current = placeOf(mark);
      show(mark, true);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest && event.target.closest("input,textarea,select,[contenteditable]")) return;
    const key = event.key;
    if (key === "j") step(order, 1);
    else if (key === "k") step(order, -1);
    else if (key === "n") step(failing, 1);
    else if (key === "p") step(failing, -1);
    else if (key === "Escape") hide();
    else if (key === "Enter" && event.target.matches && event.target.matches("mark.cc-mark")) show(event.target, true);
    else return;
    event.preventDefault();
  });
  window.addEventListener("hashchange", fromHash);
  // Printed, every claim's card shows.
  window.addEventListener("beforeprint", () => document.querySelectorAll("details.cc-findings").forEach((d) => { d.dataset.wasOpen = String(d.open); d.open = true; }));
  window.addEventListener("afterprint", () => document.querySelectorAll("details.cc-findings").forEach((d) => { d.open = d.dataset.wasOpen === "true"; }));
  if (location.hash) fromHash();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's Content-Security-Policy: nothing is fetched (the page has no
 * images; `data:` ones would do), and only its own style sheet and script apply.
 */
export const pagePolicy = [
  "default-src 'none'",
  `style-src ${sha256(pageStyle)}`,
  `script-src ${sha256(pageScript)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
