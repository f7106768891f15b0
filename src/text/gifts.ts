/**
 * Gifts in a note's words: sending, enclosing, delivering or offering a present, a treat or
 * anything at all "as a thank-you". The gift rule reports these sentences; only-thanks does
 * not count them as substance.
 */
import { phraseSet } from "./phrases.js";

/**
 * Things sent as gifts. Each is cut off when a noun follows that makes it a mere modifier
 * ("gift card feature", "cookies policy", "coffee voucher flow").
 */
const NOT_AN_OBJECT =
  "!(feature|features|flow|flows|policy|policies|consent|banner|banners|docs|doc|documentation|document|documents|page|pages|api|apis|program|programme|platform|system|service|integration|redemption|balance|checkout|team|launch|project|product|products|settings|tracking|data|model|business|sales|revenue|market|vendor|vendors|provider|logic|module|code|bug|bugs|spec|table|schema|endpoint|support|design|designs|experience|app|ui|ux|offering|offerings|catalog|catalogue|range|selection|line|category|campaign|campaigns|promotion|promotions|sales|orders|order|inventory|supply|shop|store|section|tab|screen|widget|industry|recipe|recipes|club|clubs|subscription|subscriptions|delivery|deliveries|marketplace|retailer|retailers|brand|brands|company|companies|startup|client|clients|customer|customers|listing|listings|chain|label|labels)";
/** Wine and spirits by name: a bottle of any of them is a present. */
const DRINK =
  "(wine|champagne|prosecco|cava|whisky|whiskey|bourbon|scotch|gin|rum|sherry|cabernet|merlot|pinot|chardonnay|sauvignon|riesling|malbec|shiraz|syrah|rioja|zinfandel|chianti|bordeaux|burgundy)";
/** Containers of treats: "a bottle of …", "a box of …", "a basket of …". */
const CONTAINER = "(bottle|bottles|box|boxes|basket|baskets|tin|tins|jar|jars|crate|hamper|bouquet|tray|platter|bag|bags|batch|pack|packet) of";
const ITEM = `(${CONTAINER} *|fruit basket|gift basket|gift box|hamper|flowers|flower arrangement|bouquet|roses|orchid|orchids|tulips|gift card|gift cards|gift certificate|gift voucher|voucher|vouchers|giftcard|${DRINK}|cookies|chocolates|chocolate|cupcakes|cake|pastries|donuts|doughnuts|bagels|macarons|brownies|muffins|treats|snacks|pizza|pizzas|granola|coffee voucher|coffee card|starbucks card|starbucks gift|amazon card|amazon gift|amazon voucher|little something|small token|(token|gesture) of (my|our)? (appreciation|gratitude|thanks)|(thank you|little|small|modest) (parcel|package|present|surprise|treat|hamper|basket)|small gift|a gift|little gift|thank you gift|care package) ${NOT_AN_OBJECT}`;

/** Food and drink offered as a treat. */
const TREAT = "(round|rounds|coffee|coffees|lunch|lunches|dinner|dinners|drink|drinks|beer|beers|pint|pints|meal|meals|breakfast|breakfasts|pizza|pizzas|donuts|doughnuts|cake|cakes|treats|pastries|bagels|snacks|tab|bill)";

/** Saying what a thing is for: a present, whatever the thing ("as a small thank-you", "to say thanks"). */
const AS_THANKS = "(as a|as my|as our|as|to say) (little|small|tiny|quick|token|modest)? (thank you|thanks|token|gift|gesture|present)";

/** Getting a thing to the reader: sending, bringing, arranging a delivery, or making it for them. */
const TRANSFER =
  "(send|sending|sent|mail*|post|posted|ship*|courier*|deliver*|order*|drop* off|drop* ... (off|round|around|over|by)|dropping by|bring*|brought|leave|left|arrang*|bake|baked|baking|made|put|got|bought|picked up)";

/**
 * Sending, enclosing, delivering or offering one of them, in either order ("I've sent a fruit
 * basket", "I've had flowers delivered", "a bottle of cabernet should arrive on Thursday").
 */
export const GIFT = phraseSet(
  [
    `(send|sending|sent|enclos*|attach*|includ*|mail*|post|posted|ship*|courier*|messenger*|deliver*|order*|drop*|bring*|brought|leave|left|accept|enjoy|got you|get you|picked up|pick up|treat*|buy|bought|gift*) ... ${ITEM}`,
    `${ITEM} ... (on its way|on their way|(should|will|is going to|ought to) (arrive|reach|land|turn up|show up|be with|be delivered|come)|arriving|is coming|are coming|coming your way|heading your way|for you|for the team|for your team|for everyone|as a thank you|as thanks|to say thanks|to say thank you|at reception|at the front desk|at the nurses station|in the mail|in the post|delivered|sent over|sent to|sent your way|shipped|couriered|dropped off|waiting for you)`,
    "treat (you|the team|your team|everyone|the panel|you all|you both) .. to (lunch|coffee|dinner|drinks|breakfast|pizza|donuts|a meal)",
    // Anything at all sent as thanks: "I've put a copy of my favourite book in the mail to you as a small thank-you".
    `${TRANSFER} ... ${AS_THANKS}`,
    `${AS_THANKS} .. (i|we) (have|had|am|will)? ... ${TRANSFER}`,
    `${ITEM} ... (to arrive|(to be|be|been) (delivered|sent|dropped off))`,
    // Anything left for them at the desk: "dropping off one of my old unit's challenge coins at the front desk for you"
    // (who it is for may come after the errand: "at reception on my way home, as a small thank you")
    `(drop* off|dropping by|drop by|leave|leaving|left|bring*|brought) ... (at|with) (the|your)? (front desk|reception|receptionist|nurses station|security desk|front office|concierge) ... (for you|for the team|for your team|for everyone|${AS_THANKS})`,
    // Food made at home and brought for them, whatever it is called: "some maamoul my mother made for you and the team"
    // (not a work sample "I made … for you to look at").
    `(bring*|brought|send*|sent|post|posted|drop* off|leave|left|ship*|courier*) ... (my|i|we|our) .. (made|make|makes|baked|bake|bakes|cooked|cook|cooks) ... for (you|the team|your team|everyone|the panel|you all|you both) !(to)`,
    `(homemade|home made|home baked|freshly baked) ... for (you|the team|your team|everyone|the panel|you all|you both)`,
    // A treat offered: "the next round of coffees is on me", "let me buy the team breakfast".
    `${TREAT} ... (is|are) on me`,
    `(lunch|coffee|dinner|drinks|breakfast|pizza|the next round|the first round) (is|are)? on me`,
    `(buy|shout|send) .. ${TREAT}`,
    `(get|order) (you|the team|your team|everyone|you all|the panel|you both) .. ${TREAT}`,
  ],
  // "the gift of time", "a gift for explaining", "lunch-and-learn" are figures of speech or events, not presents.
  ["(gift|gifts) (of|for) (your|the|explaining|teaching|making|time|storytelling|clarity)", "lunch and learn"],
);
