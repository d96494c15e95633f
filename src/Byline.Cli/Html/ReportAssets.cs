namespace Byline.Cli.Html;

/// <summary>
/// The page's inline style sheet and script. Neither contains <c>&lt;</c> or <c>&amp;</c> outside a CDATA section,
/// so that the page stays well-formed XML. Colours: every text colour on its background passes WCAG AA (4.5:1);
/// highlight kinds differ by border style as well as by colour.
/// </summary>
internal static class ReportAssets
{
    public const string Css = """
        :root{--ink:#1b1b1b;--muted:#4a4a4a;--paper:#fff;--page:#f4f5f7;--link:#0b57d0;--line:#d0d4da;
          --qd:#fff1b8;--qd-b:#8a6d00;--qr:#efe4fb;--qr-b:#6b3fa0;--sp:#cde2ff;--sp-b:#1c5bb8;--cu:#e4e4e4;--cu-b:#444;
          --pl:#c8efd0;--pl-b:#1e7b34;--dt:#ffdcc4;--dt-b:#a34a00;--qt:#c4efee;--qt-b:#0b6e6b}
        *{box-sizing:border-box}
        body{margin:0;background:var(--page);color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        a{color:var(--link)}
        a:focus-visible,.f:focus-visible,summary:focus-visible{outline:3px solid var(--link);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:var(--paper);padding:.5rem 1rem;z-index:20}
        .skip:focus{left:1rem}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        header,main{max-width:84rem;margin:0 auto;padding:1rem}
        header{padding-bottom:0}
        h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0}
        h2{font-size:1.15rem;margin:0 0 .5rem}
        h3{font-size:1rem;margin:.75rem 0 .25rem}
        .meta{color:var(--muted);margin:0 0 .5rem}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem .6rem;list-style:none;padding:0;margin:.5rem 0 0;font-size:.9rem}
        .legend li{white-space:nowrap}
        .grid{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
        @media (min-width:62rem){.grid{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}.wide{grid-column:1 / -1}}
        .card{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;min-width:0}
        .article{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.75}
        .gap{display:block;height:.5em}
        mark{background:none;color:inherit}
        .f,.key{position:relative;border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .qd{background:var(--qd);border-bottom:2px solid var(--qd-b)}
        .qr{background:var(--qr);border-bottom:2px dashed var(--qr-b)}
        .sp{background:var(--sp);box-shadow:inset 0 0 0 1px var(--sp-b);font-weight:600}
        .cu{background:var(--cu);border-bottom:2px dotted var(--cu-b)}
        .pl{background:var(--pl);box-shadow:inset 0 0 0 1px var(--pl-b)}
        .dt{background:var(--dt);box-shadow:inset 0 0 0 1px var(--dt-b)}
        .qt{background:var(--qt);box-shadow:inset 0 0 0 1px var(--qt-b)}
        .key{padding:0 .3rem}
        .f:target{outline:3px solid #b3261e;outline-offset:1px}
        .f[data-tip]{cursor:help}
        .f[data-tip]:hover:not(:has(.f[data-tip]:hover))::after,.f[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:10;
          width:max-content;max-width:min(22rem,80vw);padding:.4rem .6rem;border-radius:6px;background:#1b1b1b;color:#fff;
          font:400 .85rem/1.4 system-ui,sans-serif;white-space:pre-line;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none}
        .who{list-style:none;margin:0;padding:0}
        .who>li{border-top:1px solid var(--line);padding:.5rem 0}
        .who>li:first-child{border-top:0}
        .who .name{font-weight:600}
        .who .role{color:var(--muted)}
        .who ol{margin:.25rem 0 0;padding-left:1.25rem}
        .who ol li{margin:.15rem 0}
        .kind{font-size:.8rem;color:var(--muted)}
        .mapwrap{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
        @media (min-width:48rem){.mapwrap{grid-template-columns:minmax(0,3fr) minmax(12rem,1fr)}}
        .map{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#dcebf7}
        .map .land{fill:#e9e6df;stroke:#8e8a80;stroke-width:.75;vector-effect:non-scaling-stroke;stroke-linejoin:round}
        .map .land.hl{fill:#cfe8c9}
        .map .mk{fill:#b3261e;fill-opacity:.85;stroke:#fff;stroke-width:1.5;vector-effect:non-scaling-stroke}
        .map a:focus .mk,.map a:hover .mk{fill:#0b57d0}
        .map a:focus{outline:none}
        .map text{fill:#1b1b1b;stroke:#fff;stroke-width:3;paint-order:stroke;stroke-linejoin:round;vector-effect:non-scaling-stroke;font-family:system-ui,sans-serif;font-weight:600}
        .places{margin:0;padding-left:1.1rem;font-size:.92rem}
        .places li{margin:.2rem 0}
        .note{color:var(--muted);font-size:.9rem}
        .strip{position:relative;height:3.2rem;margin:.5rem .5rem 1.6rem;border-bottom:2px solid #6b6b6b}
        .tick{position:absolute;bottom:0;width:4px;height:1.6rem;margin-left:-2px;background:var(--dt-b);border-radius:2px}
        .tick.range{height:.9rem;margin-left:0;background:#c2650e;border-radius:2px 2px 0 0;min-width:4px}
        .tick:focus-visible{outline:3px solid var(--link)}
        .pub{position:absolute;bottom:-.35rem;width:0;height:3.55rem;border-left:2px dashed #1b1b1b}
        .pub span{position:absolute;top:-.2rem;left:.3rem;font-size:.8rem;white-space:nowrap;background:var(--paper)}
        .axis{position:absolute;top:100%;font-size:.8rem;color:var(--muted);white-space:nowrap}
        .axis.end{right:0}
        .dates,.qlist{margin:0;padding-left:1.1rem}
        .dates li,.qlist li{margin:.2rem 0}
        .val{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88rem}
        footer{max-width:84rem;margin:0 auto;padding:0 1rem 2rem;color:var(--muted);font-size:.85rem}
        @media (max-width:40rem){body{font-size:15px}.card{padding:.75rem .9rem}.article{font-size:1rem}}
        """;

    public const string Script = """
        //<![CDATA[
        (function () {
          'use strict';
          var live = document.getElementById('tip-live');
          document.addEventListener('focusin', function (e) {
            var t = e.target;
            if (live && t && t.getAttribute && t.getAttribute('data-tip') !== null) { live.textContent = t.getAttribute('data-tip'); }
          });
          document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
          });
          function focusTarget() {
            var id = decodeURIComponent(location.hash.slice(1));
            var el = id ? document.getElementById(id) : null;
            if (el && el.classList.contains('f')) { el.focus({ preventScroll: true }); }
          }
          window.addEventListener('hashchange', focusTarget);
          focusTarget();
          document.documentElement.setAttribute('data-ready', 'yes');
        })();
        //]]>
        """;
}
