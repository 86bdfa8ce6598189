// English short forms and pet names of given names, as nursing notes and messages use them ("HO
// Bill", "son Mickey", "dtr Jen", "her sister Peg"). The faker-derived first-name lists hold the
// formal names; these are facts of English naming written here (decision 128). Many are also
// words ("rob", "herb", "cliff"): like every first name that is a word, they are a name only after
// a cue (a title, a relation, a role), never on their own.
export const SHORT_FORMS = `
alfie babs barb barbie bea bess bev bubba cece chuck cissy clem cliff debs dodie dottie edie etta
dot fifi fitz fran frannie franny ginny herb herbie hetty issy izzie jeb jen jimbo jojo kath lainey les
lettie lil lorrie manny marnie meg mel mickey midge mikey mimi missy mitzi mo moe mort morty nan
nell nicky nonie ozzie peg pru reenie ritchie rob roddy rollo roz sal shirl sissy stu sukie suzy
syd tex tillie trish trixie trudy val vee vinny viv wally walt winnie woody zach zeke
`.split(/\s+/).filter(Boolean);
