// A JavaScript plugin that extends the core with a new API function, getWeather.
// Put its folder in a plugin directory (luatd repl --plugins examples/plugins) and, from Lua:
//   getWeather({city = "Oslo"})  -->  {_ = "weather", celsius = 4.5, city = "Oslo", ...}
// Its TL is parsed by luatd's schema parser and merged into the schema, so getWeather is
// validated, completed in the REPL and described by `.help getWeather` like any other function.
const forecasts = { oslo: 4.5, lisbon: 19, cairo: 31 };

export default {
  name: 'weather',
  tl: `
//@description The weather in a city @city The city, as asked @celsius Temperature in degrees Celsius @asked_by Identifier of the user who asked (0 when not logged in)
weather city:string celsius:double asked_by:int53 = Weather;

---functions---

//@description Returns today's weather in a city (made-up numbers for a few cities) @city Name of the city
getWeather city:string = Weather;
`,
  handlers: {
    async getWeather({ city }, ctx) {
      const celsius = forecasts[String(city).toLowerCase()];
      if (celsius === undefined) return { _: 'error', code: 404, message: 'CITY_UNKNOWN' };
      // handlers may call the core: here, who is asking
      const me = await ctx.client.invoke({ _: 'getMe' });
      return { _: 'weather', city, celsius, asked_by: me._ === 'user' ? me.id : 0 };
    },
  },
};
