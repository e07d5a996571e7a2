// The inline stylesheet of the HTML board paper: screen first, clean A4 printing.
#include "reports/html_parts.hpp"
#include "reports/report_style.hpp"

namespace ccg::reports::html {

namespace {

constexpr std::string_view kBase = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #212b32; background: #fff;
  max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.9rem; margin: .2rem 0 .3rem; color: #003087; }
h2 { font-size: 1.35rem; color: #003087; border-bottom: 3px solid #005eb8; padding-bottom: .2rem; margin: 2.2rem 0 .8rem; }
h3 { font-size: 1.1rem; color: #003087; margin: 1.4rem 0 .5rem; }
p { margin: .35rem 0 .6rem; }
.org { font-weight: bold; font-size: 1.1rem; color: #005eb8; margin: 0; }
.subtitle { font-size: 1.15rem; margin: 0 0 1rem; }
.muted { color: #4c6272; }
.page-mark { position: sticky; top: 0; z-index: 1; margin: 0 0 .4rem; padding: .25rem .6rem; text-align: right;
  font-weight: bold; letter-spacing: .04em; background: #fff; border-bottom: 2px solid #212b32; }
.cover { border-top: 8px solid #005eb8; padding-top: .8rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; color: #003087; }
.coverbox th { width: 28%; text-align: left; vertical-align: top; background: #e8edee; padding: .45rem .6rem;
  border: 1px solid #aeb7bd; font-weight: bold; }
.coverbox td { padding: .45rem .6rem; border: 1px solid #aeb7bd; vertical-align: top; }
.coverbox.details th, .coverbox.details td { font-size: .92em; padding: .3rem .6rem; }
.purpose { margin-right: 1.1em; white-space: nowrap; color: #4c6272; }
.purpose.chosen { color: #212b32; font-weight: bold; }
.data { font-size: .9em; }
.data th { background: #005eb8; color: #fff; text-align: left; padding: .4rem .5rem; vertical-align: bottom; }
.data td { padding: .4rem .5rem; border-bottom: 1px solid #aeb7bd; vertical-align: top; overflow-wrap: anywhere; }
.data tbody tr:nth-child(even) td { background: #f0f4f5; }
.data tfoot th, .data tfoot td { border-top: 2px solid #212b32; padding: .4rem .5rem; text-align: left; }
.data td p { margin: 0 0 .3rem; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .92em; white-space: nowrap; }
.date { white-space: nowrap; }
.critical { display: inline-block; font-size: .78em; font-weight: bold; text-transform: uppercase;
  border: 1px solid #212b32; padding: 0 .3em; margin-top: .2em; letter-spacing: .03em; }
.importance { display: inline-block; font-size: .78em; margin-top: .2em; color: #4c6272; }
.good { border-left: 3px solid #005eb8; padding-left: .5rem; }
.cite { color: #4c6272; font-size: .9em; }
.who { font-weight: bold; }
.label { color: #4c6272; font-weight: bold; }
.answer { margin-bottom: .4rem; }
.answer p { margin: 0 0 .15rem; }
.ratings { margin: 0; padding-left: 1.1em; }
.rag, .brag { display: inline-block; min-width: 4.2em; text-align: center; font-weight: bold; padding: .05em .45em;
  border-radius: .25em; font-size: .9em; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.empty { font-style: italic; }
figure { margin: 1rem 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #4c6272; font-size: .9em; }
nav.contents { background: #f0f4f5; padding: .4rem 1rem .6rem; margin: 1.2rem 0; }
nav.contents h2 { border: 0; margin: .4rem 0; font-size: 1.1rem; }
nav.contents ol { margin: 0; padding-left: 1.2rem; list-style: none; }
a { color: #005eb8; }
.colophon { margin-top: 2.5rem; border-top: 1px solid #aeb7bd; color: #4c6272; font-size: .85em; }
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav.contents { display: none; }
  .page-mark { position: static; border: 0; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.4rem; }
  h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, .answer { break-inside: avoid; page-break-inside: avoid; }
  .cover { break-after: page; page-break-after: always; }
  #appendix { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  .data th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

std::string swatchRule(const std::string& selector, const Swatch& swatch)
{
    return selector + " { background: " + swatch.fill.hex() + "; color: " + swatch.text.hex() + "; }\n";
}

std::string buildStyleSheet()
{
    std::string css(kBase);
    for (const Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::None})
        css += swatchRule(".rag-" + toString(rag), ragSwatch(rag));
    for (const auto& [brag, name] : {std::pair{Brag::Blue, "blue"}, {Brag::Green, "green"}, {Brag::Amber, "amber"},
                                      {Brag::Red, "red"}, {Brag::Dropped, "dropped"}})
        css += swatchRule(std::string(".brag-") + name, bragSwatch(brag));
    return css;
}

}  // namespace

std::string_view styleSheet()
{
    static const std::string css = buildStyleSheet();
    return css;
}

}  // namespace ccg::reports::html
