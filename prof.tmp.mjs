import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

import { extractClaims } from './dist/src/extract.js';
const text = readFileSync(process.argv[2], 'utf8');
let t = Date.now();
unified().use(remarkParse).use(remarkGfm).parse(text); console.log('remark', Date.now() - t); t = Date.now();
const m = await import('./dist/src/markdown.js'); console.log(Object.keys(m));
