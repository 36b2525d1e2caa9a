/**
 * Entry of the standalone `functions.js` bundle. Importing an adapter registers it:
 * the custom-functions metadata loader appends `CustomFunctions.associate(ID, fn)` to
 * every file listed in `functions.files.js`. Nothing here may touch the DOM, so the
 * bundle also loads in Excel's JavaScript-only runtime and in a bare `vm` context.
 */
import './split';
import './ramp';
import './seasonality';
import './smart';
import './achievable';
import './conversion';
import './leads-needed';
import './pace';
import './projection';
import './forecast';
import './payout';
import './lagging';
import './attainment';
