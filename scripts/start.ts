// npm start: runs the built add-on on the emulator with the demo scenario and writes everything a person would see into out/.
import { runToOut } from './sim/out.js';

const summary = await runToOut('scenarios/demo.yaml', 'out', { xlsx: true, distDir: 'dist' });
console.log(summary);
