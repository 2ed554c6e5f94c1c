import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-NQN7DGOE.js";import"./chunk-7WNMBY6K.js";import"./chunk-TCOJXACR.js";import"./chunk-KMSML2IO.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
