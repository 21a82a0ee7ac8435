/**
 * Familiar forms of English given names, to the formal name a key is made from, so `Chuck Roe`
 * and `Charles Roe`, `Ted Doe` and `Edward M. Doe` share a key. Each row: formal name |
 * familiar forms. Forms shared by several formal names of one gender take the commonest.
 */
const ROWS = `
abraham|abe
alexander|alex
andrew|andy
anthony|tony
benjamin|ben,benji
bernard|bernie
catherine|cathy,cate
charles|chuck,charlie,chas
christopher|chris
daniel|dan,danny
david|dave,davey
deborah|debbie,deb,debra
donald|don,donnie
douglas|doug
edward|ed,eddie,ted,teddy,ned
elizabeth|liz,lizzie,beth,betsy,betty,libby
frederick|fred,freddie
gerald|jerry
gregory|greg
henry|hank
jacob|jake
james|jim,jimmy
jeffrey|jeff
jennifer|jen,jenny
jonathan|jon
joseph|joe,joey
joshua|josh
katherine|kathy,kate,katie
kenneth|ken,kenny
lawrence|larry
margaret|peggy,maggie,meg
matthew|matt
michael|mike,mickey
mitchell|mitch
nathaniel|nate
nicholas|nick,nicky
patricia|patty,trish
peter|pete
philip|phil
rebecca|becky
richard|dick,rick,rich,richie
robert|bob,bobby,rob,robbie
ronald|ron,ronnie
samuel|sam,sammy
stephen|steve,steven,stevie
susan|sue,susie
thomas|tom,tommy
timothy|tim,timmy
vincent|vince
walter|walt
william|bill,billy,will,willie
zachary|zach
`

/** Every familiar form, lower case, to its formal name. */
export const FORMAL_GIVEN_NAMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const row of ROWS.trim().split('\n')) {
    const [formal = '', forms = ''] = row.split('|')
    for (const form of forms.split(',')) if (form) map.set(form, formal)
  }
  return map
})()
