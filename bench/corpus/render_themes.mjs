// Render JSON Resume documents with npm themes: reads [{theme, resume}] as JSON on stdin and
// writes the HTML pages, in the same order, as a JSON array on stdout. Themes are CommonJS
// (require) or ES modules (import); each exports render(resume), sync or async.
import { createRequire } from "module";
import { readFileSync } from "fs";

const require = createRequire(import.meta.url);
const jobs = JSON.parse(readFileSync(0, "utf8"));
const themes = {};

async function load(name) {
  if (!themes[name]) {
    const id = `jsonresume-theme-${name}`;
    let theme;
    try {
      theme = require(id);
    } catch {
      theme = await import(id);
    }
    themes[name] = theme.render ? theme : theme.default;
  }
  return themes[name];
}

const { log, warn } = console;
console.warn = console.log = () => {};  // themes' own notes (moment's deprecations) are not output
const out = [];
for (const { theme, resume } of jobs) {
  const renderer = await load(theme);
  out.push(await renderer.render(resume));
}
Object.assign(console, { log, warn });
process.stdout.write(JSON.stringify(out));
