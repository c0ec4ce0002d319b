// node bench/typst/compile.js BRIEF.typ OUT.pdf FONT_DIR: one cold Typst compile to PDF, with only
// the fonts in FONT_DIR (the brief's own Noto faces), as SitRep uses only its embedded fonts.
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require(path.join(__dirname, 'node_modules/@myriaddreamin/typst-ts-node-compiler'));

const [input, output, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(input), fontArgs: [{ fontPaths: [fonts] }] });
const pdf = compiler.pdf({ mainFileContent: fs.readFileSync(input, 'utf8') });
fs.writeFileSync(output, pdf);
