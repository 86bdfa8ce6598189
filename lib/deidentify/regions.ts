// Regions written in notes as places (decision 130 added the rest of Australia's states, Canada's
// provinces, England's counties, India's states and the American regions people say they come from).

/** US states and UK nations/counties often written in notes; matched as places. */
export const REGIONS = [
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
  "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
  "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
  "west virginia", "wisconsin", "wyoming", "england", "scotland", "wales", "northern ireland", "yorkshire", "lancashire",
  "kent", "essex", "surrey", "sussex", "devon", "cornwall", "cumbria", "norfolk", "suffolk", "ontario", "quebec",
  "british columbia", "alberta", "queensland", "victoria", "tasmania",
  // Decision 128: the other Australian states and Canadian provinces, English counties and regions, Indian
  // states and the American regions people say they come from ("the one from Cape Cod").
  "new south wales", "northern territory", "western australia", "south australia", "australian capital territory",
  "nova scotia", "prince edward island", "newfoundland", "manitoba", "saskatchewan", "yukon", "nunavut",
  "northwest territories", "west yorkshire", "south yorkshire", "north yorkshire", "east yorkshire", "greater manchester",
  "merseyside", "west midlands", "tyne and wear", "county durham", "northumberland", "cheshire", "derbyshire",
  "nottinghamshire", "lincolnshire", "leicestershire", "staffordshire", "shropshire", "warwickshire", "worcestershire",
  "herefordshire", "gloucestershire", "oxfordshire", "buckinghamshire", "bedfordshire", "hertfordshire",
  "cambridgeshire", "northamptonshire", "wiltshire", "hampshire", "dorset", "somerset", "berkshire", "isle of wight",
  "cape cod", "long island", "martha's vineyard", "the berkshires", "upstate new york", "puerto rico",
  "tamil nadu", "kerala", "karnataka", "maharashtra", "punjab", "gujarat", "west bengal", "uttar pradesh",
  "andhra pradesh", "telangana", "rajasthan",
  // New York's boroughs, named as towns are: "lives with his son in Queens".
  "queens", "brooklyn", "bronx", "the bronx", "manhattan", "staten island",
];
