/**
 * A compact list of top-level domains that make a scheme-less address (`example.com`) a link.
 *
 * With an explicit scheme (`https://x.anything`) any well-formed TLD is accepted; without one
 * we only link names ending in a TLD people actually use, so `file.txt` or `node.js` stay text.
 * The list is deliberately short (all country codes, the common generic ones, a few
 * internationalised ones); it is not the full IANA registry.
 */

const COUNTRY_CODES =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ' +
  'ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
  'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt ' +
  'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru ' +
  'rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
  'ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

const GENERIC =
  'com net org edu gov mil int info biz name pro aero coop museum mobi asia tel travel jobs cat post xxx ' +
  'app dev page xyz online site store tech shop blog cloud club live news space website top icu vip win link ' +
  'click art design digital email media group life world today company network services solutions agency studio ' +
  'city center wiki fun one games game team global community social ltd inc academy moe ninja rocks guru expert ' +
  'systems software support photography photos pics video music radio film movie tube porn sex dating love family ' +
  'kids school university college church health care clinic dental doctor fitness golf football soccer bike auto car ' +
  'cars taxi tours holiday flights hotel restaurant cafe bar pub pizza wine beer market money bank finance ' +
  'financial capital credit insurance loans tax fund investments exchange trade trading business marketing ' +
  'consulting management partners ventures legal law lawyer realestate house homes land properties rent estate ' +
  'green eco energy solar earth bio farm garden science engineering technology computer data host hosting domains ' +
  'server web zone directory place town country region baby men gay fans chat forum reviews review sale deals ' +
  'discount coupons gift gifts shopping buy plus berlin london nyc paris tokyo moscow amsterdam wien vegas ' +
  'google yandex youtube amazon apple microsoft android codes tools build works zip mov foo run ' +
  'рф рус москва онлайн сайт орг ком укр бел срб қаз дети 中国 中國 公司 网络 香港 台湾 台灣 みんな 世界 한국';

const TLDS: ReadonlySet<string> = new Set(`${COUNTRY_CODES} ${GENERIC}`.split(' '));

/**
 * True when `tld` (without the dot) is in our list. Matching ignores case, except that a TLD
 * written with only its first letter upper-case (`Com`) is refused: that is usually a sentence
 * glued to the previous one ("see the page.Com"), as TDLib also decides.
 */
export function isCommonTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  if (lower !== tld && lower.slice(1) === tld.slice(1)) return false;
  return TLDS.has(lower);
}
