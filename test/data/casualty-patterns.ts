/**
 * Casualty examples as data, one group per pattern family of the casualty layer: input → the mentions expected,
 * field by field (fields left out are not checked). They double as documentation (docs/casualties.md).
 * The sentences are written for these tests, modeled on real reports.
 */
import type { Quantity } from '../../src/quantity.js';

export interface ExpectedMention {
  kind: string;
  /** The mention's text must contain this. */
  contains?: string;
  count?: Quantity | null;
  victims?: string;
  actors?: string[];
  cause?: string | null;
  location?: string;
  source?: string;
  includes?: { victims: string; count: Quantity }[];
  flags?: { hypothetical?: boolean; denied?: boolean; zero?: boolean; either?: boolean };
}

export interface CasualtyCase {
  text: string;
  expect: ExpectedMention[];
  options?: { includeNonFacts?: boolean };
}

export const families: Record<string, CasualtyCase[]> = {
  'members told by a possessive pronoun or lost by a subject': [
    // The pronoun points back at the side named before: an army's members are soldiers, an armed group's fighters.
    { text: 'استهدفت الطائرات موقعا لقوات النظام في ريف حماة، ما أسفر عن مقتل خمسة من عناصرها.', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    { text: 'قصفت المدفعية مقرا لهيئة تحرير الشام، وأدى القصف إلى إصابة أربعة من أفرادها.', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'fighters' }] },
    // A side that loses men: they are its own.
    { text: 'وقالت مصادر إن قوات النظام فقدت سبعة رجال خلال المعارك.', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'soldiers' }] },
    // Not the attacker: the pronoun is the house's family.
    { text: 'قصفت قوات النظام منزل عائلة في البلدة، ما أدى إلى مقتل ثلاثة من أفرادها.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    // A government's members are soldiers whatever word names it; members of its militias are fighters.
    { text: 'قتل 12 عنصراً من وزارة الدفاع السورية في الاشتباكات.', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'soldiers' }] },
    { text: 'قتل 5 عناصر من النظام السوري في كمين.', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    { text: 'ولقي عنصر في الفرقة الرابعة مصرعه بانفجار لغم قرب الحاجز.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'لقي عدد من عناصر الميليشيات الإيرانية مصرعهم بغارات جوية.', expect: [{ kind: 'killed', victims: 'fighters' }] },
    // Members of a state's unit named by no actor: a patrol, a numbered formation, a security or military unit.
    { text: 'أصيب ثلاثة من أفراد الدورية في انفجار عبوة ناسفة.', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'قتل أربعة من عناصر الفرقة 17 في هجوم على الطريق.', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'soldiers' }] },
    { text: 'أسفر الهجوم عن إصابة عدد من أفراد النقطة العسكرية.', expect: [{ kind: 'injured', victims: 'soldiers' }] },
    { text: 'قتل ثلاثة من أفراد العائلة في القصف.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
  ],
  '«another» joined to a person, past what is said of him': [
    // One «آخر» after «و» is one more of the group before it, alone or after a person's noun.
    { text: 'وأدى الانفجار إلى مقتل ضابط وآخر.', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    // It reaches back past a place, a side, a name and an aside between commas.
    { text: 'قتل مسلحون مجهولون موظفا في البلدية وآخر في مدينة الصنمين.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأكدت الوزارة وفاة رجل يدعى سالم، يعمل حارسا في المستودع، ومواطن آخر من الحي نفسه.', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وخطف المسلحون مهندسا يعمل في المحطة يدعى خالد ومهندسا آخر.', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // So does «مع» and another, or kin whose pronoun points back at him.
    { text: 'وأسفر القصف عن مقتل ضابط في الجيش مع جندي آخر.', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'وقتل مزارع في أرضه شرقي البلدة مع شقيقه.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // A clause of time opens another scene: the company in it is no victim; nor is another with a casualty verb of its own.
    { text: 'قتل شاب في منزله أثناء جلوسه مع والده في الحديقة.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'قتل شاب في قصف على درعا وشاب آخر أصيب بجروح.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }] },
    // A casualty word or a clause opener before it makes the other a clause of its own.
    { text: 'قتل مزارع في أرضه بانفجار لغم وأصيب آخر بجروح.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }] },
    { text: 'قتل مزارع في أرضه بانفجار لغم، فيما نجا آخر.', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  'a subject before its verb: names after «أن/إن», a side named by an actor': [
    // Names no lexicon reads, right after «أن/إن», before a verb that takes no object: as many as its ending says.
    { text: 'وأفاد المسعفون بأن سليمان أصيب بشظية في ساقه.', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'وذكر الأهالي أن ناصر وفادي قتلا في القصف على الحي.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // With an object after it, the verb is active and the name its agent; an accusative adverb is no object.
    { text: 'وقالت الشرطة إن سليمان قتل شقيقه في خلاف عائلي.', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'شقيقه' }] },
    { text: 'وذكرت المصادر أن خالد وسامر أعدما ميدانيا في الساحة.', expect: [{ kind: 'executed', count: { value: 2 } }] },
    { text: 'وأضاف المصدر أن "مروان وعادل أصيبا بجروح طفيفة، ونقلا إلى المستشفى".', expect: [{ kind: 'injured', count: { value: 2 }, contains: 'مروان وعادل' }] },
    // A quoted name opening its clause is one person, before a verb of being subjected too.
    { text: 'وكان «نزار الحلبي» قد تعرض للاختطاف في مدينة البصرة قبل أسبوع.', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people', contains: 'نزار الحلبي' }] },
    { text: 'وأكدت عائلته أن "سامر يوسف" تعرض للاعتقال على حاجز للجيش.', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'سامر يوسف' }] },
    // A named side right before an active verb is its agent, a pair joined by «و» whole.
    { text: 'وأكدت مصادر محلية أن الجيش الإسرائيلي اعتقل شابين خلال هجوم المستوطنين على القرية.', expect: [{ kind: 'detained', count: { value: 2 }, actors: ['israel'] }] },
    { text: 'وقال ناشطون إن قوات النظام والميليشيات الموالية لها اعتقلت 12 شابا في البلدة.', expect: [{ kind: 'detained', count: { value: 12 }, actors: ['syrian-government', 'pro-government-militias'] }] },
    // Members of the second actor joined by «و» join it too.
    { text: 'واعتقل الجيش السوري وعناصر من حزب الله نحو 30 رجلا في القرية.', expect: [{ kind: 'detained', count: { value: 30, approximate: true }, actors: ['syrian-government', 'hezbollah'] }] },
    { text: 'وقتلت قوات النظام ومقاتلو حزب الله 12 مدنيا في البلدة.', expect: [{ kind: 'killed', count: { value: 12 }, actors: ['syrian-government', 'hezbollah'] }] },
  ],
  'the fallen and their sub-group before how they fell': [
    // «سقط» + the fallen + «بينهم …» + the participles: the sub-group is stepped over, commas or none.
    { text: 'وسقط العشرات من السكان بينهم نساء وأطفال قتلى وجرحى في القصف.', expect: [{ kind: 'killed', count: { vague: 'tens', min: 10 } }, { kind: 'injured', count: { vague: 'tens', min: 10 } }] },
  ],
  '«قضى على» with its subject between': [
    // Finishing off: the subject may stand between the verb and its «على», as before «أرواح».
    { text: 'وقضت قذيفة هاون على ثلاثة أطفال في الحي الشرقي.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    // A court's decree finishes no one off.
    { text: 'وقضت محكمة الجنايات على المتهم بالسجن عشر سنوات.', expect: [] },
    // «على الفور» after an intransitive «قضى» is no object.
    { text: 'وقضى شاب على الفور بعد إصابته.', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  'a figure in any brackets, and «آمر» before its unit': [
    // A figure in slashes, round, square or curly brackets counts the casualty noun after it.
    { text: 'وارتفعت الحصيلة إلى {17} قتيلا.', expect: [{ kind: 'killed', count: { value: 17 } }] },
    { text: 'وسقط /12/ جريحا في القصف.', expect: [{ kind: 'injured', count: { value: 12 } }] },
    // «آمر» before a unit is its commander (a fighter or a soldier by his side); alone it is an order.
    { text: 'وأسفر الهجوم عن مقتل آمر لواء في قوات النظام.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'وأصدر القاضي أمر القبض على المتهمين.', expect: [] },
  ],
  'a hedged description of the fallen inside a death idiom': [
    // «يعتقد/يفترض/يشتبه أنهم …» describes the persons just named, and the idiom's object still follows.
    { text: 'ولقي ثلاثة مسلحين يعتقد أنهم من تنظيم داعش مصرعهم في الاشتباك.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'ولقي رجلان يشتبه بأنهما من المهربين حتفهما قرب الحدود.', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'a body found with its person named': [
    // One body found and the name after it: one dead person.
    { text: 'وعثر رعاة على جثة سليم حسن الخلف في أرض زراعية قرب القرية.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'سليم حسن الخلف' }] },
    // «الدفاع المدني» before a body is the rescuers, no civilian dead: an adjective agrees in the article.
    { text: 'وانتشلت فرق الدفاع المدني جثة طفل من تحت الركام.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    // Counted bodies of people named after «ل» are of their class.
    { text: 'وتسلمت دائرة الطب العدلي 14 جثة لرجال مجهولي الهوية', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'people' }] },
    { text: 'وعثر الأهالي على خمس جثث لمدنيين قرب الطريق', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
    // Bodies of the kidnapped or missing, counted, are dead persons, no detention.
    { text: 'وعثرت الشرطة على جثث ستة مختطفين قرب الطريق الدولي', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people' }] },
    // Guard: bodies not found or searched for are still missing.
    { text: 'ولم يتم العثور على جثث 7 مفقودين حتى الآن', expect: [{ kind: 'missing', count: { value: 7 } }] },
    // A pluperfect verb alone after that kind was told tells it again.
    { text: 'ونعت صفحات موالية مقتل سبعة عناصر من الميليشيا، كانوا قد قتلوا أمس خلال الاشتباكات', expect: [{ kind: 'killed', count: { value: 7 } }] },
  ],
  'the time of a detention told by its verbal noun': [
    // A word of time and the verbal noun of an arrest with the pronoun of one or two is news of that detention.
    { text: 'وتوفي المعتقل تحت التعذيب بعد ثلاث سنوات على اعتقاله في سجون النظام.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وعثر الأهالي على جثتي الشابين بعد يومين على اختطافهما.', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'detained', count: { value: 2 } }] },
    // Told already in the sentence or the two before, it is that detention again; a plural pronoun adds none.
    { text: 'واعتقلت القوات الشاب محمد السالم. وبعد اعتقاله نقل إلى سجن المدينة.', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'وأفرجت القوات عن الشبان بعد ساعات من اعتقالهم.', expect: [] },
    // Right after a counted group (and its adjectives) a plural pronoun is that group's.
    { text: 'وأعلنت المنظمة الإفراج عن أربعة موظفين دوليين بعد اختطافهم قرب الحدود.', expect: [{ kind: 'detained', count: { value: 4 }, contains: 'أربعة موظفين دوليين بعد اختطافهم' }] },
    // With an object after it the pronoun is the agent; during an act it mostly is.
    { text: 'وقتل ثلاثة مسلحين بعد اختطافهم حافلة ركاب على الطريق.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وقتل ثلاثة مسلحين أثناء اختطافهم في الكمين.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // With an object after it, the pronoun is the agent of the arrest.
    { text: 'وأعلنت الشرطة خلال اعتقالها لعصابة مسلحة مقتل شرطي.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // So is a relative clause on people held: «الشابين اللذين تم اعتقالهما» after their arrest was told.
    { text: 'واعتقلت القوات شابين من البلدة. ولم تكشف عن هوية الشابين اللذين تم اعتقالهما.', expect: [{ kind: 'detained', count: { value: 2 } }] },
  ],
  'a body told by its members': [
    // A cell, gang or network is as many as the members told after «تضم/مكونة من/مؤلفة من»; a side named in it is theirs.
    { text: 'وألقت الشرطة القبض على عصابة مسلحة مكونة من خمسة أشخاص في ريف حمص.', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    { text: 'واعتقلت قوات النظام، فجر اليوم، خلية من تنظيم داعش تضم 9 عناصر بينهم امرأتان.', expect: [{ kind: 'detained', count: { value: 9 }, actors: ['syrian-government'] }] },
    // With no members told it is no count.
    { text: 'وأعلنت الشرطة تفكيك شبكة لتهريب السلاح في المدينة.', expect: [] },
  ],
  'a definite person named after the casualty word is someone new': [
    // A name after it — «علي» too, not the preposition — makes the definite noun someone new.
    { text: 'قتل طفل في القصف. وأكد الأهالي استشهاد الطفل علي حسن الأحمد.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 }, contains: 'الطفل' }] },
    // Without one, a report of the death restates it with its own word: a mention of its own, as annotators read
    // restatements; as the subject of its clause it is only a reference back (family «cascade 7b»).
    { text: 'قتل طفل في القصف. وأكد الأهالي استشهاد الطفل على الفور.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 }, contains: 'استشهاد الطفل' }] },
    { text: 'قتل شاب في القرية. وأكد الأهالي مقتل الشاب على يد مسلحين مجهولين.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 }, contains: 'مقتل الشاب' }] },
    // A verb with a definite, counted object tells its fact again: «واعتقلت الأشخاص الأربعة».
    { text: 'اعتقلت الدورية أربعة أشخاص من القرية. وأفادت مصادر محلية بأن الدورية اعتقلت الأشخاص الأربعة بتهمة التخابر.', expect: [{ kind: 'detained', count: { value: 4 } }, { kind: 'detained', count: { value: 4 }, contains: 'الأشخاص الأربعة' }] },
  ],
  'a figure of a side joined to a soldier or a fighter': [
    // Of the same kind of side as the first (a state's force for a soldier), it adds to the dead.
    { text: 'وأسفر الكمين عن مقتل جندي واثنين من قوات النظام على طريق السخنة.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    // Of the side they fight, it is a toll of its own.
    { text: 'وأسفرت الاشتباكات عن مقتل جندي و3 من داعش قرب السخنة.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }, { kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
  ],
  'a definite object past an indefinite subject, time words and adverbs of manner': [
    // A counted object of a state force's body after a nominative subject, the police named in construct too.
    { text: 'وقتل مسلحون مجهولون عنصرين من شرطة المرور في حي الجمهورية', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    // Armed men of no figure in construct with a side, after a verbal noun, are its agent: the object follows «ل».
    { text: 'وأدانت الهيئة اعتقال عناصر الفرقة الرابعة لثلاثة شبان من البلدة', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people', actors: ['syrian-government'] }] },
    { text: 'وأسفر الهجوم عن مقتل ثلاثة من شرطة النجدة في المدينة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    // Right after «مسلحون مجهولون» a definite singular victim noun is the object, also past time words.
    { text: 'واختطف مسلحون مجهولون مساء أمس المهندس في محطة الكهرباء.', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'وخطف مسلحون ملثمون قبل يومين الطبيب أثناء عودته من عمله.', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'medical' }] },
    // A comma may close the subject before a definite object.
    { text: 'واغتال مجهولون، القيادي السابق في الفصائل قرب منزله', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'القيادي' }] },
    // Past an adverb of manner too («تحت تهديد السلاح»), after the verb or before it; the gunmen are the agents.
    { text: 'واختطف مسلحون تحت تهديد السلاح ثلاثة موظفين من مقر الشركة', expect: [{ kind: 'detained', count: { value: 3 }, contains: 'ثلاثة موظفين' }] },
    { text: 'واقتاد مسلحون بقوة السلاح شابين إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 2 }, contains: 'شابين' }] },
    { text: 'وذكرت الشرطة أن مسلحين مجهولين خطفوا تحت تهديد السلاح المهندس قرب منزله', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'المهندس' }] },
  ],
  'people held or missing whom a harm befalls': [
    // A counted participle of the held is the object of a verb past its subject, and the harm's victims: their being
    // held is no news of its own.
    { text: 'وأعدمت الجماعة في ساحة السجن، صباح اليوم، سبعة مختطفين بينهم امرأة.', expect: [{ kind: 'executed', count: { value: 7 }, victims: 'people' }] },
    { text: 'وقتل الحراس ثلاثة معتقلين في الزنزانة.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // Executions tell a massacre in their sentence as killings do.
    { text: 'وارتكب التنظيم مجزرة بحق المدنيين في القرية، إذ أعدم 12 رجلا رميا بالرصاص.', expect: [{ kind: 'executed', count: { value: 12 } }] },
    // Held people with no harm stay held.
    { text: 'ولا يزال سبعة مختطفين لدى الجماعة في المدينة.', expect: [{ kind: 'detained', count: { value: 7 } }] },
  ],
  'an uncounted object past an adverb of earlier time, and «بعض» joined': [
    // «في السابق»، «سابقاً» may stand after the verb or its subject, before its object.
    { text: 'وكانت الجماعة قد اغتالت في السابق ضباطا في الشرطة.', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'soldiers' }] },
    { text: 'قتلت قوات النظام سابقا مدنيين في القرية.', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    // «بعض» or «عدد من» and a group, joined to an uncounted group: one group of mixed class.
    { text: 'قتل جنود وبعض المدنيين في الاشتباكات.', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'people' }] },
    { text: 'أصيب بعض عناصر الشرطة في الانفجار.', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'soldiers' }] },
  ],
  'a feminine «ها» back at a plural group': [
    // A broken or «ات» plural may take «ها»: the verbal noun's pronoun is the whole group, of its class.
    { text: 'دفنت في المقبرة بعض القيادات التي جرى الإعلان عن مقتلها في المعارك.', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    // A singular feminine noun is still one.
    { text: 'أطلق مسلحون النار على امرأة ما أدى إلى مقتلها.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
  ],
  'toll of those who died («من» and a verb or idiom)': [
    // «إجمالي/عدد من» + a death idiom is a toll head, as «من قتلوا» is; the side «من» after it is the dead's own.
    { text: 'وبذلك ارتفع إجمالي من لقوا حتفهم من قوات النظام إلى 215 منذ بداية الشهر.', expect: [{ kind: 'killed', count: { value: 215 }, victims: 'soldiers', actors: [] }] },
    // A side after «ب» past the victims' unit and its number is where they served, not who hit them.
    { text: 'وأسفر الكمين عن مقتل آمر السرية الأولى بالفوج 46 بهيئة تحرير الشام', expect: [{ kind: 'killed', count: { value: 1 }, actors: [] }] },
    { text: 'ارتفع عدد من لقوا مصرعهم من المعارضة المسلحة إلى 64.', expect: [{ kind: 'killed', count: { value: 64 }, victims: 'fighters' }] },
    { text: 'ارتفع عدد من قتلوا في القصف إلى 40.', expect: [{ kind: 'killed', count: { value: 40 }, victims: 'unspecified' }] },
  ],
  'passive verb + count + victims': [
    // A bare figure before a direction and its place: the direction is where, not what the figure counts.
    { text: 'قتل 3 جنوب مدينة إدلب بقصف مدفعي', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'unspecified', cause: 'shelling', location: 'مدينة إدلب' }] },
    { text: 'غارة تقتل 10 شرقي لبنان', expect: [{ kind: 'killed', count: { value: 10 }, cause: 'airstrike' }] },
    {
      text: 'قتل 52 مدنيا جراء غارات نفذتها طائرات قوات النظام على مدينة الرقة',
      expect: [{ kind: 'killed', count: { value: 52 }, victims: 'civilians', actors: ['syrian-government'], cause: 'airstrike', location: 'مدينة الرقة' }],
    },
    {
      // A last line without a full stop is a sentence, not a heading: it takes the agent of the sentence before.
      text: 'قصفت قوات النظام قرية الفطيرة بالمدفعية. وقتل 3 مدنيين في القرية',
      expect: [{ kind: 'killed', count: { value: 3 }, actors: ['syrian-government'], cause: 'shelling' }],
    },
    {
      text: 'قُتِلَ ثلاثة عشر مدنياً في قصف مدفعي على بلدة كفرنبل',
      expect: [{ kind: 'killed', contains: 'ثلاثة عشر مدنياً', count: { value: 13 }, victims: 'civilians', cause: 'shelling', location: 'بلدة كفرنبل' }],
    },
    {
      text: 'استشهد سبعة أشخاص بينهم طفلان بقصف للطيران الروسي على ريف إدلب الجنوبي',
      expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people', actors: ['russia'], cause: 'airstrike', includes: [{ victims: 'children', count: { value: 2 } }] }],
    },
    {
      // «من بينهم» and «ومن بينهم» open the same sub-group as «بينهم».
      text: 'قتل 11 شخصا من بينهم ثلاثة أطفال وسيدتان بقصف مدفعي على بلدة الهبيط',
      expect: [{ kind: 'killed', count: { value: 11 }, includes: [{ victims: 'children', count: { value: 3 } }, { victims: 'women', count: { value: 2 } }] }],
    },
    {
      text: 'أصيب 20 مواطنا، ومن بينهم 4 مسعفين، برصاص قناصة النظام في حي الوعر',
      expect: [{ kind: 'injured', count: { value: 20 }, includes: [{ victims: 'medical', count: { value: 4 } }] }],
    },
    {
      text: 'لقي 5 أشخاص حتفهم إثر انفجار سيارة مفخخة في مدينة أعزاز',
      expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people', cause: 'car-bomb', actors: [] }],
    },
    {
      // A place phrase that ends the text with a preposition and a place noun («…بالريف») ends the place reading.
      text: 'قتل 3 مدنيين في بلدة خان الشيح بالريف',
      expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians', location: 'بلدة خان الشيح' }],
    },
    {
      text: 'قتل ١٨ عنصرا من قوات النظام في اشتباكات مع فصائل المعارضة بريف حماة',
      expect: [{ kind: 'killed', count: { value: 18 }, victims: 'soldiers' }],
    },
    // Students are people (a university's or a college's), cadets of a military college soldiers.
    { text: 'أودى الهجوم على الجامعة بحياة 11 شخصا من الطلاب', expect: [{ kind: 'killed', count: { value: 11 }, victims: 'people' }] },
    { text: 'قتل وجرح العشرات من طلاب الكلية الحربية في الغارة', expect: [{ kind: 'killed', victims: 'soldiers' }, { kind: 'injured', victims: 'soldiers' }] },
    // A noun that names fighters stays fighters whatever side they serve; members of militias are fighters.
    { text: 'قتل 11 مقاتلا من القوات الحكومية في المعارك', expect: [{ kind: 'killed', count: { value: 11 }, victims: 'fighters' }] },
    { text: 'قتل 9 أفراد من ميليشيات قوات النظام في ريف حماة', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'fighters' }] },
  ],
  'count + victims + verb': [
    {
      text: 'قال ناشطون إن خمسة وعشرين شخصا قتلوا إثر انهيار مبنى سكني في حي الميسر',
      expect: [{ kind: 'killed', count: { value: 25 }, victims: 'people', cause: 'building-collapse', source: 'ناشطون' }],
    },
    {
      text: 'أكدت مصادر طبية أن أكثر من 90 مدنيا قتلوا جراء الغارات الروسية والسورية على أحياء حلب الشرقية',
      expect: [{ kind: 'killed', count: { min: 90 }, victims: 'civilians', actors: ['russia', 'syrian-government'], cause: 'airstrike' }],
    },
    {
      text: 'وأعلنت وزارة الدفاع أن نحو 30 مدنيا قتلوا في المدينة',
      expect: [{ kind: 'killed', count: { value: 30, approximate: true }, victims: 'civilians', actors: [] }],
    },
  ],
  'verbal noun + count': [
    // «ما يزيد من» (as pages often write «ما يزيد عن») bounds the figure from below; «يزيد» is no name there.
    { text: 'وأسفرت الحملة عن اعتقال ما يزيد من 25 شابا من أبناء القرية', expect: [{ kind: 'detained', count: { min: 25 }, victims: 'people' }] },
    {
      text: 'أدى القصف إلى مقتل أربعين مدنياً في حي الصالحين',
      expect: [{ kind: 'killed', count: { value: 40 }, victims: 'civilians', location: 'حي الصالحين' }],
    },
    {
      text: 'أسفرت الغارات عن مقتل سبعة مدنيين بينهم نساء وأطفال',
      expect: [
        {
          kind: 'killed', count: { value: 7 }, victims: 'civilians', cause: 'airstrike',
          includes: [{ victims: 'women', count: { vague: 'some' } }, { victims: 'children', count: { vague: 'some' } }],
        },
      ],
    },
    {
      text: 'وأكدت وكالة أعماق سقوط 18 قتيلا ونحو ستين جريحا جراء غارات روسية على سوق شعبي',
      expect: [
        { kind: 'killed', count: { value: 18 }, victims: 'unspecified', actors: ['russia'], cause: 'airstrike' },
        { kind: 'injured', count: { value: 60, approximate: true }, victims: 'unspecified', actors: ['russia'] },
      ],
    },
    {
      text: 'قال مسؤولون محليون إن الهجوم أسفر عن مقتل ما يصل إلى 40 شخصا',
      expect: [{ kind: 'killed', count: { max: 40 }, victims: 'people' }],
    },
    {
      text: 'وشن الطيران غارة على بلدة حاس أسفرت عن استشهاد مدنيين',
      expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians', cause: 'airstrike' }],
    },
  ],
  'cause verbs + casualty nouns': [
    {
      text: 'طال القصف أحياء الصناعة والفردوس مما أوقع 31 قتيلا و60 جريحا معظمهم من النساء والأطفال',
      expect: [
        { kind: 'killed', count: { value: 31 }, includes: [{ victims: 'women', count: { vague: 'most' } }, { victims: 'children', count: { vague: 'most' } }] },
        { kind: 'injured', count: { value: 60 }, includes: [{ victims: 'women', count: { vague: 'most' } }, { victims: 'children', count: { vague: 'most' } }] },
      ],
    },
    // «راحت ضحيته», its verb feminine after a feminine subject.
    // Guard: the present tells a habit, most often figurative.
    { text: 'وانتقد الكاتب الفساد الذي يذهب ضحيته المواطن البسيط كل يوم', expect: [] },
    { text: 'وسقطت قذيفة على منزل راحت ضحيته عائلة بأكملها في الحي الغربي', expect: [{ kind: 'killed', victims: 'families' }] },
    { text: 'سقطت قذيفة على سوق المدينة خلفت ثلاثة شهداء', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'unspecified', cause: 'shelling' }] },
    {
      text: 'تعرض حي الوعر لمجزرة نفذتها قوات النظام راح ضحيتها نحو 48 قتيلا',
      expect: [{ kind: 'killed', count: { value: 48, approximate: true }, actors: ['syrian-government'] }],
    },
    { text: 'انفجرت عبوة ناسفة أودت بحياة أربعة جنود', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'soldiers', cause: 'explosion' }] },
  ],
  'elliptical coordination': [
    // Counted others added to a list by place are more members, of the class named before; not with a predicate of
    // their own.
    { text: 'قتل 4 جنود في الكمين، و3 آخرون نجوا من الهجوم', expect: [{ kind: 'killed', count: { value: 4 } }] },
    // The parties a fight is between are no more victims.
    { text: 'وقتل جنديان خلال اشتباكات بين الجيش ومسلحين مجهولين شرقي المدينة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'كما قتل مسلحان اثنان في اشتباك جرى بين قوات الأمن ومسلحين قرب الحاجز', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // A «-ين» noun joined after the mention shares its casualty word and reads as right after it: two — but «مدنيين،
    // مواطنين» and nationalities stay the group.
    { text: 'وأعلن المستشفى مقتل رجلين في غارة على سيارة قرب الدوار، وشابين آخرين بقصف على منزل في الحي الغربي.', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', contains: 'شابين', count: { value: 2 } }] },
    { text: 'واعتقلت الدورية عاملين في السوق، وطالبين قرب الجامعة.', expect: [{ kind: 'detained', count: { value: 2 } }, { kind: 'detained', contains: 'طالبين', count: { value: 2 } }] },
    { text: 'قتل خمسة مزارعين في قرية الصفا، وأربعة مزارعين في قرية النهر، إضافة إلى ثلاثة آخرين في قرية التل', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'killed', count: { value: 4 } }, { kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    // A bare figure, then a clause of theirs: a present plural verb, «تم» or «جرى».
    { text: 'قتل 9 مدنيين وأصيب 14 يتلقون العلاج في مستشفى المدينة', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'وأصيب 6 تم نقلهم إلى المستشفى الميداني', expect: [{ kind: 'injured', count: { value: 6 } }] },
    // «بين» after a bare figure tells among whom, not what it counts.
    { text: 'واندلعت اشتباكات عنيفة قتل وأصيب فيها العشرات بين عناصر الطرفين', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    // A figure whose noun is left out takes a class named before, but not the bare «أشخاص» of a count («آخرين» do).
    { text: 'لقي 7 أشخاص حتفهم وأصيب 12 في انفجار عبوة بالسوق', expect: [{ kind: 'killed', victims: 'people' }, { kind: 'injured', count: { value: 12 }, victims: 'unspecified' }] },
    { text: 'قتل 7 أشخاص وأصيب 12 آخرون في انفجار عبوة بالسوق', expect: [{ kind: 'killed', victims: 'people' }, { kind: 'injured', count: { value: 12 }, victims: 'people' }] },
    { text: 'أسفر الحادث عن مقتل شخص وإصابة الآخر بجروح', expect: [{ kind: 'killed', victims: 'people' }, { kind: 'injured', contains: 'الآخر', count: { value: 1 }, victims: 'people' }] },
    // «الآخران», the other two, right after a verb: two more.
    { text: 'نجا سائق السيارة بأعجوبة فيما قتل الآخران على الفور', expect: [{ kind: 'killed', contains: 'الآخران', count: { value: 2 } }] },
    // A bare figure with «من» shares the predicate only when a side or a victim noun follows: «من أصل/من بين» count else.
    { text: 'مقتل اثنين من عناصر الهيئة و14 من قوات النظام', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', contains: '14', count: { value: 14 }, victims: 'soldiers' }] },
    { text: 'قتل 4 مدنيين في الهجوم، و3 من أصل 10 مصابين في حالة خطرة', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', count: { value: 10 } }] },
    { text: 'أصيب 12 شخصا في الانفجار، و5 من بين المصابين غادروا المستشفى', expect: [{ kind: 'injured', count: { value: 12 } }] },
    { text: 'قتل 6 عناصر من الشرطة، و2 من مجموع القتلى لم يتم التعرف عليهم', expect: [{ kind: 'killed', count: { value: 6 } }] },
    {
      text: 'قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات نفذتها طائرات قوات النظام',
      expect: [
        { kind: 'killed', count: { value: 52 }, victims: 'civilians' },
        { kind: 'injured', count: { vague: 'tens', min: 10 }, victims: 'civilians', actors: ['syrian-government'] },
      ],
    },
    {
      text: 'قتل ستة مدنيين، وأصيب آخرون، بينهم عناصر من الدفاع المدني، بقصف مدفعي على حي جوبر',
      expect: [
        { kind: 'killed', count: { value: 6 }, victims: 'civilians', includes: [] },
        { kind: 'injured', count: { vague: 'some' }, victims: 'civilians', includes: [{ victims: 'rescuers', count: { vague: 'some' } }] },
      ],
    },
    {
      text: 'وشن الطيران أربع غارات على خان الشيح أسفرت عن استشهاد مدنيين، وجرح ثمانية آخرين',
      expect: [
        { kind: 'killed', count: { value: 2 } },
        { kind: 'injured', count: { value: 8 }, victims: 'civilians' },
      ],
    },
    {
      text: 'قتل 30 مدنيا وأصيب المئات في الهجوم',
      expect: [{ kind: 'killed', count: { value: 30 } }, { kind: 'injured', count: { vague: 'hundreds', min: 100 }, victims: 'unspecified' }],
    },
    {
      text: 'استهدف الطيران الحربي حي بعيدين بعدة صواريخ خلفت ثلاثة شهداء، وعدداً من الجرحى',
      expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { vague: 'some' } }],
    },
  ],
  'executions, trapped, crew, families, soldiers': [
    {
      text: 'قالت مصادر محلية إن قوات النظام والميليشيات الموالية لها أعدمت 79 شخصا في حي الفردوس',
      expect: [{ kind: 'executed', count: { value: 79 }, victims: 'people', actors: ['syrian-government', 'pro-government-militias'], cause: 'execution' }],
    },
    { text: 'وأشار إلى أن ثلاثة عوائل ما زالت تحت الأنقاض في حي الكلاسة', expect: [{ kind: 'trapped', count: { value: 3 }, victims: 'families' }] },
    // «إعلامياً» after «المعروف» is an adverb (in the media), no journalist: the object is past the aside.
    { text: 'وخطف مسلحو الجماعة، المعروفة إعلامياً بالعصابة، 4 أشخاص من القرية', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    // One person's company past the person's one-word genitive; Guard: past a name, and a time after «مع» is no company.
    { text: 'وقتل تاجر ذهب مع طفله في السوق', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وقتل الشاب سامر الخطيب مع طفليه في القصف', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وقتل شاب مع بداية الهجوم على الحي', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A massacre's adjectives, ordinal or place count and name no victims.
    { text: 'وارتكب الطيران الحربي مجزرة جديدة مروعة في سوق المدينة', expect: [{ kind: 'killed', count: null, victims: 'unspecified' }] },
    { text: 'وارتكب الطيران مجزرة ثانية في القرية المجاورة', expect: [{ kind: 'killed', count: null }] },
    // A definite plural of a class, then the names of two or more, is counted by its names.
    { text: 'وأعلن الجيش مقتل العسكريين سالم عبد الرحمن ويوسف الحداد في الكمين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'واعتقلت قوات الاحتلال الشبان؛ رامي خليل وعمر ناصر وسامي عودة من بلدة بيتا', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    // «على يد» after a verb opens no name («علي» as Ali): the agent follows.
    { text: 'وكان الرجال قد خطفوا على يد تنظيم القاعدة قبل شهرين', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    // After a casualty word with a pronoun (a verb and its object), a nominative plural in «ون» is the agent.
    { text: 'وعثر الأهالي على جثتي رجلين خطفهما مسلحون قرب القرية', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A detention that lasted is the one a death after it ends, no new arrest.
    { text: 'وتوفي الشاب تحت التعذيب بعد اعتقال دام نحو عامين في سجون النظام', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Guards from the twenty-ninth review: a verb of trying reaches only its own object; captives and the field keep
    // «تصفية» an execution; the stranded trapped in homes, mines and rubble; bodies after a killing long before.
    { text: 'وحاولت السلطات التستر على مقتل 12 متظاهرا', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'وحاول المسلحون الفرار بعد مقتل 5 منهم', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'وأقدم التنظيم على تصفية 12 مقاتلا من الفصائل بعد أسرهم', expect: [{ kind: 'executed', count: { value: 12 } }] },
    { text: 'ولا يزال 4 أشخاص عالقين في منازلهم المدمرة', expect: [{ kind: 'trapped', count: { value: 4 } }] },
    { text: 'ولا يزال 3 عمال عالقين في المنجم', expect: [{ kind: 'trapped', count: { value: 3 } }] },
    { text: 'قتل مدنيون في القرية العام الماضي. وتحدث الأهالي عن الحصار. وقالوا إن الوضع صعب. وانتشلت الفرق اليوم جثث الشهداء', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'killed', contains: 'جثث' }] },
    { text: 'وأودى برميل متفجر بـ 7 مدنيين في البلدة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'civilians' }] },
    { text: 'وارتكبت القوات مجزرة ثانية بحق 12 مدنيا', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'civilians' }] },
    { text: 'وأصيب 20 شخصا بينهم عناصر في الشرطة ومسلحون قتلوا في الاشتباكات', expect: [{ kind: 'injured', count: { value: 20 } }, { kind: 'killed', contains: 'مسلحون' }] },
    { text: 'قتل 3 أشخاص في القصف. ومن بين القتلى 5 أطفال', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'killed', count: { value: 5 }, victims: 'children' }] },
    {
      text: 'قتل 20 شخصا بينهم 5 أطفال في القصف. ومن بين القتلى 3 نساء',
      expect: [{ kind: 'killed', count: { value: 20 }, includes: [{ victims: 'children', count: { value: 5 } }, { victims: 'women', count: { value: 3 } }] }],
    },
    // Guard: «عالق» under or inside something is trapped.
    { text: 'ولا يزال 5 أشخاص عالقين داخل المبنى المنهار', expect: [{ kind: 'trapped', count: { value: 5 }, victims: 'people' }] },
    // A bare figure or «أعداد أخرى» in a state after «still» written as one word, or after a word of there being.
    { text: 'وأصيب 20 آخرون ولازال العشرات تحت ركام المنازل', expect: [{ kind: 'injured', count: { value: 20 } }, { kind: 'trapped', count: { min: 10, vague: 'tens' }, contains: 'العشرات' }] },
    { text: 'وقال الطبيب إن لديهم 30 جريحا، وهناك أعداد أخرى تحت الأنقاض', expect: [{ kind: 'injured', count: { value: 30 } }, { kind: 'trapped', count: { vague: 'some' } }] },
    // Guard: an ordinal between a one and the state is no figure of another group.
    { text: 'وأصيب شخصان، وطفل ثالث في حالة حرجة', expect: [{ kind: 'injured', count: { value: 2 } }, { kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // The wounded a rise of the toll is expected of: a mention only when none were told before (Guard).
    { text: 'قتل 9 مدنيين في القصف، والعدد مرشح للارتفاع لوجود جرحى بعضهم بحالات خطرة', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'قتل 9 مدنيين وأصيب آخرون في القصف، والعدد مرشح للارتفاع لوجود جرحى بحالات خطرة', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', contains: 'أصيب آخرون' }] },
    {
      text: 'أصابت إحدى الغارات سيارة إسعاف، ما أدى إلى مقتل طاقمها',
      expect: [{ kind: 'killed', count: null, victims: 'crew', cause: 'airstrike' }],
    },
    {
      text: 'تصدت فصائل المعارضة لهجوم قوات النظام وقتلت عدة جنود',
      expect: [{ kind: 'killed', count: { vague: 'several', min: 3 }, victims: 'soldiers', actors: ['opposition'], cause: null }],
    },
    {
      text: 'قصفت طائرات النظام بلدة الهبيط؛ مما تسبب في سقوط قتيل وعدد من الجرحى',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { vague: 'some' } }],
    },
    { text: 'اعتقلت قوات الأمن 15 شابا في مدينة جبلة', expect: [{ kind: 'detained', count: { value: 15 }, victims: 'people' }] },
    {
      // An arrest borrows no weapon from the strike beside it.
      text: 'قصفت مدفعية النظام بلدة داعل واعتقلت قوات الأمن 5 شبان فيها',
      expect: [{ kind: 'detained', count: { value: 5 }, cause: null }],
    },
    {
      // The sub-group's side is the victims' side, also when «بينهم» comes later in the clause.
      text: 'قتل 40 شخصا في عمليات اغتيال في ريف درعا، بينهم 16 من المقاتلين السابقين في صفوف المعارضة',
      expect: [{ kind: 'killed', count: { value: 40 }, actors: [] }],
    },
    {
      // «أنها» is the groups' (the actor closest before it), not the quoted agency's.
      text: 'ذكرت وكالة سانا أن المجموعات الإرهابية استهدفت حي الميدان بالقذائف، مشيرة إلى أنها قتلت 3 مدنيين',
      expect: [{ kind: 'killed', count: { value: 3 }, actors: ['opposition'] }],
    },
    { text: 'قتل 3 مدنيين بنيران دبابات قوات النظام', expect: [{ kind: 'killed', actors: ['syrian-government'], cause: 'shelling' }] },
    { text: 'قتل جنديان جراء استهداف المجموعات الإرهابية نقاطا عسكرية بقذائف صاروخية', expect: [{ kind: 'killed', cause: 'missile' }] },
    {
      // Turkish media name the SDF by the PKK and YPG initials.
      text: 'قالت الولاية إن قذائف أطلقها إرهابيو «ي ب ك/بي كا كا» من الأراضي السورية أسفرت عن مقتل طفل',
      expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children', actors: ['sdf'], cause: 'shelling' }],
    },
    { text: 'أعلنت وزارة الدفاع التركية تحييد 16 إرهابيا شمالي سوريا', expect: [{ kind: 'killed', count: { value: 16 } }] },
    { text: 'وبث التنظيم تسجيلا مصورا يظهر أحد قادته يعدم 15 شخصا', expect: [{ kind: 'executed', count: { value: 15 } }] },
    { text: 'قتل 5 مدنيين بقنابل عنقودية ألقتها طائرات روسية', expect: [{ kind: 'killed', actors: ['russia'], cause: 'airstrike' }] },
    {
      // A source reporting its own act is the agent; the victims' side goes on over «و».
      text: 'أعلنت "الجبهة الوطنية للتحرير" أنها قتلت 12 عنصرا من قوات النظام والمليشيات الموالية لها',
      expect: [{ kind: 'killed', count: { value: 12 }, victims: 'soldiers', actors: ['opposition'] }],
    },
    {
      // The first mention's side is no agent of the second; a destroyed tank is a target, not a weapon.
      text: 'قُتل عنصران من فصائل المعارضة وجُرح ثلاثة آخرون في اشتباكات مع قوات النظام ودمرت دبابة',
      expect: [
        { kind: 'killed', count: { value: 2 }, actors: ['syrian-government'], cause: null },
        { kind: 'injured', count: { value: 3 }, actors: ['syrian-government'], cause: null },
      ],
    },
  ],
  tolls: [
    // A strike's toll that names no casualty word counts the kind of its figure's noun.
    { text: 'وأفاد مصدر طبي بأن حصيلة الانفجار الذي استهدف السوق ارتفعت إلى 36 مصاباً', expect: [{ kind: 'injured', count: { value: 36 } }] },
    { text: 'وارتفعت حصيلة ضحايا التفجير الذي استهدف الحافلة إلى 21 مصاباً', expect: [{ kind: 'injured', count: { value: 21 } }] },
    // Guard: a strike's toll of the dead stays killed.
    { text: 'وارتفعت حصيلة الغارة على المخيم إلى 14 قتيلا', expect: [{ kind: 'killed', count: { value: 14 } }] },
    {
      text: 'أفاد ناشطون بارتفاع أعداد قتلى الغارات الجوية على أحياء حلب إلى أكثر من 110 أشخاص',
      expect: [{ kind: 'killed', count: { min: 110 }, victims: 'people', cause: 'airstrike' }],
    },
    { text: 'ارتفعت حصيلة القتلى إلى 45 شخصا', expect: [{ kind: 'killed', count: { value: 45 } }] },
    // «ليصل إلى» is the toll reaching its figure; «ما يصل إلى» stays «up to».
    { text: 'وارتفع عدد الجرحى ليصل إلى 37 جريحا', expect: [{ kind: 'injured', count: { value: 37 } }] },
    { text: 'وقال المركز إن عدد ضحايا الاشتباكات يصل إلى 48 قتيلاً و90 جريحاً', expect: [{ kind: 'killed', count: { value: 48 } }, { kind: 'injured', count: { value: 90 } }] },
    { text: 'وقتل ما يصل إلى 12 شخصا في الهجوم', expect: [{ kind: 'killed', count: { max: 12 } }] },
    { text: 'وقتل في الهجوم ربما يصل إلى 25 شخصا', expect: [{ kind: 'killed', count: { max: 25 } }] },
    {
      // The victim noun right after the plural is its adjective, not a dual: the figure comes after «إلى».
      text: 'وبذلك ترتفع حصيلة القتلى المدنيين إلى 1200 شخص',
      expect: [{ kind: 'killed', count: { value: 1200 }, victims: 'civilians' }],
    },
    { text: 'بلغت حصيلة القتلى المدنيين 300 شخص', expect: [{ kind: 'killed', count: { value: 300 }, victims: 'civilians' }] },
  ],
  'cumulative tolls take actor and cause from their own clause only': [
    // «خلال اليومين الماضيين»، «خلال الأيام الماضية»: a toll of days is no one strike of the sentence before.
    {
      text: 'قتل شاب برصاص قوات النظام قرب حاجز في درعا. وخلال اليومين الماضيين، قتل 6 أشخاص في عمليات اغتيال بالمحافظة',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 6 }, actors: [], cause: null }],
    },
    {
      text: 'شنت طائرات روسية غارات على مدينة أريحا. وبذلك ترتفع حصيلة القتلى المدنيين منذ مطلع العام إلى 1200 شخص',
      expect: [{ kind: 'killed', count: { value: 1200 }, victims: 'civilians', actors: [], cause: null }],
    },
    {
      text: 'اعتقلت قوات النظام عشرة شبان في مدينة الصنمين. وقتل 45 شخصا في عمليات اغتيال خلال الشهر الماضي في محافظة درعا',
      expect: [{ kind: 'detained', count: { value: 10 } }, { kind: 'killed', count: { value: 45 }, actors: [], cause: null }],
    },
    {
      text: 'قصفت مدفعية النظام بلدة كفرنبل. ويذكر أن النزاع في سوريا أودى بحياة أكثر من 500 ألف شخص',
      expect: [{ kind: 'killed', count: { min: 500000 }, actors: [], cause: null }],
    },
    {
      // A war the sentence names before the idiom took the lives, across a comma; a side named before it still acts.
      text: 'قصفت طائرات روسية بلدة معرة حرمة. وتعيش البلاد حربا منذ عشر سنوات، أودت بحياة نصف مليون',
      expect: [{ kind: 'killed', count: { value: 500000 }, actors: [], cause: null }],
    },
    {
      text: 'شن تنظيم الدولة حربا على أبناء العشائر أودت بحياة 700 شخص',
      expect: [{ kind: 'killed', count: { value: 700 }, actors: ['isis'] }],
    },
    {
      // Named in the clause, the agent and the weapon still count.
      text: 'أودت غارات التحالف الدولي خلال معركة الرقة بحياة 1600 مدني منذ عام 2017',
      expect: [{ kind: 'killed', count: { value: 1600 }, actors: ['international-coalition'], cause: 'airstrike' }],
    },
    {
      // War remnants are one explosion, not the war's toll, and not yesterday's shelling either.
      text: 'قصفت قوات النظام قرية الفطيرة أمس. وقتل طفلان بانفجار لغم من مخلفات الحرب في القرية',
      expect: [{ kind: 'killed', count: { value: 2 }, actors: [], cause: 'explosion' }],
    },
    {
      // A period after a superlative, a relative clause or a sub-group dates that, not the toll.
      text: 'أغارت طائرات حربية روسية على سوق في مدينة أريحا. وقتل في الغارة 10 مدنيين، وهي الحصيلة الأعلى منذ أشهر',
      expect: [{ kind: 'killed', count: { value: 10 }, actors: ['russia'], cause: 'airstrike' }],
    },
    {
      text: 'قصفت قوات النظام البلدة. وقتل 8 مدنيين في القصف الذي يعد الأعنف على البلدة منذ مطلع العام',
      expect: [{ kind: 'killed', count: { value: 8 }, actors: ['syrian-government'], cause: 'shelling' }],
    },
    {
      text: 'ألقت مروحيات النظام براميل متفجرة على البلدة. وقتل 8 مدنيين، بينهم طفل ولد خلال الحرب',
      expect: [{ kind: 'killed', count: { value: 8 }, actors: ['syrian-government'], cause: 'barrel-bomb' }],
    },
    {
      // «منذ أشهر» alone may be "months ago"; «خلال أشهر» is a span.
      text: 'شنت طائرات التحالف غارات على الرقة. وسط نزوح ومقتل مئات المدنيين خلال أشهر من المعارك',
      expect: [{ kind: 'killed', actors: [], cause: null }],
    },
  ],
  'headlines and bare plurals': [
    // The fighting's outbreak or renewal links a headline as a cause does.
    { text: 'قتيلان وجرحى بتجدد الاشتباكات بين فصيلين في المدينة', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'قتيلان وجريح باستهداف حافلة على طريق المطار', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 1 } }] },
    { text: 'قتلى بقصف النظام وروسيا على إدلب وريف دمشق', expect: [{ kind: 'killed', count: { vague: 'some' }, actors: ['syrian-government', 'russia'], cause: 'shelling' }] },
    {
      text: 'قصفت طائرات روسيا والنظام مناطق عدة وتسببت في سقوط قتلى وجرحى بالرقة',
      expect: [
        { kind: 'killed', count: { vague: 'some' }, actors: ['russia', 'syrian-government'] },
        { kind: 'injured', count: { vague: 'some' }, actors: ['russia', 'syrian-government'] },
      ],
    },
    { text: 'معظم حلب بيد النظام وإعدامات جماعية بالمدينة', expect: [{ kind: 'executed', count: null }] },
    {
      // An ellipsis before و joins the two halves of a headline: the second takes the first's strike.
      text: 'غارات إسرائيلية على مواقع إيرانية قرب دمشق... و«المرصد» يتحدث عن 8 قتلى\nلندن - بيروت: «الشرق الأوسط»',
      expect: [{ kind: 'killed', count: { value: 8 }, actors: ['israel'], cause: 'airstrike' }],
    },
    // A headline's casualty noun may be joined by another kind's, counted or not, before its link; dying of wounds
    // («متأثرا بجراحه») links it too.
    {
      text: 'شهيد سوري وعشرات الجرحى باقتحام بلدة الرامي\nوأفادت مصادر محلية بأن الاقتحام استمر ساعات',
      expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'injured', count: { vague: 'tens', min: 10 } }],
    },
    { text: 'قتيل و4 جرحى في انفجار قرب سوق المدينة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 4 } }] },
    { text: 'شهيد متأثرا بجراحه في مدينة درعا', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  // The shape classes of issue 15 (the cascade's stages 2–3), in sentences written for these tests.
  'cascade 1 · subject before the verb, material between': [
    // Not past a plural verb of its own: «أفرادها أزالوا قذيفة» is what the members did; the shell hit a house.
    { text: 'وقالت الإدارة إن عناصرها نقلوا قذيفة هاون كانت قد أصابت أحد المنازل في الحي.', expect: [] },
    { text: 'وقال المسعفون إن المدنيين الذين فروا من القصف قتلوا على الطريق.', expect: [{ kind: 'killed', victims: 'civilians' }] },
    { text: 'وقال المسعفون إن المدنيين الذين كانوا قد فروا من القصف وعادوا إلى منازلهم قتلوا.', expect: [{ kind: 'killed', victims: 'civilians' }] },
    // A side named by an actor in construct with the group's head, and the actor's adjective, before the verb.
    { text: 'وقال الجيش إن 30 من عناصر داعش الإرهابي قتلوا في العملية.', expect: [{ kind: 'killed', count: { value: 30 }, victims: 'fighters' }] },
    // «إثرها» and «على إثرها» between the verb and its subject; extremists in the plural are fighters.
    { text: 'وسقطت قذيفة على سوق الخضار قتل على إثرها شخصان', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'واستهدفت الطائرة سيارة قتل إثرها ثلاثة متطرفين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'وانفجرت عبوة قرب المنزل وأصيب على إثرها طفل بجروح', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // A personal name past «على إثرها».
    { text: 'واندلعت اشتباكات في الحي قتل على إثرها سامر الخطيب', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'سامر' }] },
    // Extremists counted in the accusative, and «تقريباً» before a figure's «من».
    { text: 'وأعلنت القوات الأمنية مقتل 17 متطرفاً في عملية بالصحراء', expect: [{ kind: 'killed', count: { value: 17 }, victims: 'fighters' }] },
    { text: 'وقتل 100 تقريباً من عناصر التنظيم في المعارك', expect: [{ kind: 'killed', count: { value: 100, approximate: true }, victims: 'fighters' }] },
    // «الآخران» takes the class told before, as «الآخر» does.
    { text: 'قتل رجلان من أبناء القرية وأصيب الآخران بجروح', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    // Guard: the singular «المتطرف» after a body is its adjective.
    { text: 'وخسر التنظيم المتطرف معاقله في المحافظة خلال العام', expect: [] },
    // A bare figure with «تقريباً» after it, as with «على الأقل».
    { text: 'وقالت الشرطة إنه قتل 40 تقريباً في انفجار الشاحنة المفخخة', expect: [{ kind: 'killed', count: { value: 40, approximate: true } }] },
    // A bare figure bounded by «على الأقل» right before its verb or idiom.
    { text: 'وذكر شهود عيان أن سبعة على الأقل لقوا حتفهم في انهيار المبنى بعد الغارة.', expect: [{ kind: 'killed', count: { min: 7 } }] },
    { text: 'وأضاف الطبيب أن 12 على الأقل أصيبوا بشظايا القذائف.', expect: [{ kind: 'injured', contains: '12', count: { min: 12 } }] },
    // A dual of a noun that takes no sound plural, joined to a counted noun, is two.
    { text: 'وأكدت المصادر أن طفلين وامرأة قتلوا في القصف على الحي.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // A counted conjunct told between commas joins the subject; an age by its ordinal year stands between a noun and its conjunct.
    { text: 'وذكرت المصادر أن ثلاثة مدنيين، وطفلاً من النازحين في المخيم، قتلوا بالقصف', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'وقالت العائلة إن فتاة في الثانية عشرة من عمرها وشقيقها أصيبا بالشظايا', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'واستشهد طفل في السادسة من عمره بنيران القناصة', expect: [{ kind: 'killed', contains: 'عمره', count: { value: 1 }, victims: 'children' }] },
    // A bare figure right before its verb, or with its side; a plural verb shares nothing with a singular one after it.
    { text: 'وقال مسؤول محلي إن 4 قتلوا وأصيب آخرون بانفجار العبوة', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وأفاد المرصد بأن 5 من قوات النظام قتلوا في الهجوم', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    // Verbs of one ending share their object: «قتلوا وجرحوا».
    { text: 'وقال البيان إن المهاجمين قتلوا وجرحوا 14 جنديا', expect: [{ kind: 'killed', count: { value: 14 } }, { kind: 'injured', count: { value: 14 } }] },
    // The group's side after «من» («من عائلة واحدة») stands between a counted group and its verb; «هناك» opens a subject.
    { text: 'وأكد المسعفون أن 9 أشخاص من أسرة واحدة قتلوا في الغارة على الحي', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'people', cause: 'airstrike' }] },
    { text: 'وأوضح التقرير أن هناك 64 مدنيا قضوا بانفجار الألغام منذ مطلع العام', expect: [{ kind: 'killed', count: { value: 64 }, victims: 'civilians' }] },
    { text: 'أفاد ناشطون بأن 7 مدنيين، بينهم امرأتان، قتلوا في غارة على بلدة التمانعة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'civilians', cause: 'airstrike' }] },
    { text: 'ذكرت مصادر أهلية أن عنصرين من الفصائل قتلا في كمين قرب قرية الحويز', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'قالت العائلة إن السيدة أمل (31 عاما) استشهدت متأثرة بجراحها', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
    // The negation inside «ما لا يقل عن» is the figure's own: the statement stands.
    {
      text: 'وقالت مصادر طبية إن ما لا يقل عن 11 شخصا، بينهم ثلاث نساء، قتلوا في القصف على السوق',
      expect: [{ kind: 'killed', contains: 'ما لا يقل عن 11 شخصا', count: { min: 11 }, victims: 'people' }],
    },
    { text: 'وأوضح الأهالي أن 9 من الرعاة ماتوا عطشا في البادية', expect: [{ kind: 'killed', contains: '9 من الرعاة ماتوا', count: { value: 9 }, victims: 'civilians' }] },
    // After a definite word a figure is no genitive: it opens the subject. A side after «من» stays with its group.
    { text: 'وقال الأطباء إن بين الجرحى الخمسة 3 مسعفين أصيبوا بشظايا', expect: [{ kind: 'injured', contains: '3 مسعفين', count: { value: 3 }, victims: 'medical' }] },
    { text: 'عشرة أشخاص على الأقل من عائلة واحدة قتلوا في الغارة', expect: [{ kind: 'killed', count: { min: 10 }, victims: 'people' }] },
    // A relative clause with no casualty word, a genitive group, and a verb of falling may stand between.
    { text: 'وأشار إلى أن الطفلة التي كانت تلعب قرب المنزل قتلت على الفور', expect: [{ kind: 'killed', contains: 'الطفلة', count: { value: 1 }, victims: 'children' }] },
    { text: 'وتفيد المعلومات بأن 6 من أفراد عائلة واحدة قضوا تحت الأنقاض', expect: [{ kind: 'killed', contains: '6 من أفراد', count: { value: 6 }, victims: 'people' }] },
    {
      text: 'العشرات من المدنيين سقطوا بين قتيل وجريح',
      expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, victims: 'civilians' }, { kind: 'injured', count: { min: 10, vague: 'tens' }, victims: 'civilians' }],
    },
    // «على الأقل» after the group and its side bounds the figure.
    { text: 'قتل أربعة من عناصر الشرطة على الأقل في كمين على الطريق', expect: [{ kind: 'killed', contains: 'الشرطة على الأقل', count: { min: 4 } }] },
  ],
  'cascade 1f · a prisoner or a wounded man as the subject of a death': [
    // Counted by a figure, and read as the dead only: no detention of their own; a genitive right before the verb too.
    { text: 'وأفادت المنظمة بأن 109 معتقلين إضافيين لقوا حتفهم بسبب التعذيب.', expect: [{ kind: 'killed', count: { value: 109 } }] },
    { text: 'ووثقت الشبكة أسماء 11 ألف معتقل قضوا تحت التعذيب في السجون.', expect: [{ kind: 'killed', count: { value: 11000 } }] },
    // An indefinite participle of another kind, past its side or place, is people the verb befell.
    { text: 'وذكرت الهيئة أن أسيرا من مخيم بلاطة استشهد في سجن عوفر', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال المكتب إن معتقلا من أبناء الرقة توفي تحت التعذيب', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأكدت المؤسسة أن أسيرين من الخليل استشهدا في السجون', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A definite one refers back to someone told, and a verb that does not agree takes no such subject.
    { text: 'وأكد البيان أن الأسير توفي في السجن', expect: [] },
    { text: 'وقال إن أسيرا من جنين استشهدوا', expect: [] },
  ],
  'cascade 2 · verb, long subject, object': [
    // An object whose first letters are those of a clitic («فلسطينيين»، «فتاة») is read by the lexicon's own clitics.
    { text: 'واعتقلت قوات الاحتلال الخاصة، فجر الأحد، فلسطينيين اثنين من مخيم الجلزون', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'واعتقلت دورية للاحتلال، مساء أمس، فتاة من بلدة بيت أمر', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'children' }] },
    { text: 'ثم أعدموا رمياً بالرصاص فلاحين اثنين في أرضهما', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'civilians' }] },
    // Place phrases between a subject no lexicon names and the object, known places or not.
    { text: 'أعدمت الجماعة صباح اليوم في ساحة عامة بمدينة ذمار أربعة رجال', expect: [{ kind: 'executed', count: { value: 4 } }] },
    // A span back in time between the verb and its object: «قبل 3 أيام»، «منذ يومين».
    { text: 'وكان التنظيم أعدم قبل 3 أيام رجلين اثنين في ساحة البلدة', expect: [{ kind: 'executed', count: { value: 2 } }] },
    // A preposition and its definite nouns (after nouns in construct, with «أيضاً» or more place phrases after them): a
    // definite word takes no genitive, so the indefinite group after them is the verb's subject; an actor's noun among
    // them keeps a counted group near it the object.
    { text: 'وأصيب في الانفجار أمام المبنى طفل', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'وقتل في القصف على غزة ثلاثة أطفال', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    { text: 'وقتل في الاشتباك الأخير شاب من أبناء القرية', expect: [{ kind: 'killed', contains: 'شاب', count: { value: 1 }, victims: 'people' }] },
    { text: 'وأصيب في القصف الثاني أيضاً طفلان', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'children' }] },
    { text: 'وقضى كذلك في طريق المطار طفل', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    // A verb of natural death takes its subject there only with a wound or a weapon in its clause.
    { text: 'وتوفي جراء القصف على البلدة رجل مسن', expect: [{ kind: 'killed', contains: 'رجل', count: { value: 1 } }] },
    { text: 'وتوفي في الحادث المروع على الطريق الدولي رجل مسن', expect: [] },
    // A verbal noun of a deed done to people takes its agent in the genitive and its object after it (or after «ل»).
    { text: 'وأدانت المنظمة اعتقال قوات الاحتلال 12 طالبا من الجامعة', expect: [{ kind: 'detained', count: { value: 12 }, victims: 'people' }] },
    { text: 'ونددت الحكومة بإعدام الميليشيا لخمسة مزارعين في القرية', expect: [{ kind: 'executed', count: { value: 5 }, victims: 'civilians' }] },
    { text: 'وتحدث الأهالي عن مقتل الجنود في الكمين', expect: [{ kind: 'killed', victims: 'soldiers' }] },
    // A verb with no subject after it (a plural one has it in its ending): a counted group past its weapon, time words
    // and place is its object.
    { text: 'وقال شهود إن المسلحين أعدموا رمياً بالرصاص ستة شبان', expect: [{ kind: 'executed', count: { value: 6 }, victims: 'people' }] },
    { text: 'واعتقلوا فجر اليوم في بلدة بيتا 3 طلاب', expect: [{ kind: 'detained', count: { value: 3 } }] },
    { text: 'أصيبوا بجروح، 4 منهم في حالة حرجة', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وكان مستوطن قد قتل بالرصاص شابين قرب الحاجز', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A sound plural in construct with the nominative «ـو» («مسلحو»، «مقاتلو») right after an active verb is its
    // subject, whatever its genitive, time words or a manner («رميا بالرصاص») stand before the object: the counted
    // group after it is the victims, and the genitive's actor the agent.
    {
      text: 'أعدم مسلحو تنظيم داعش رميا بالرصاص ستة رجال في ساحة القرية',
      expect: [{ kind: 'executed', contains: 'ستة رجال', count: { value: 6 }, actors: ['isis'] }],
    },
    {
      text: 'قتل مقاتلو هيئة تحرير الشام، مساء أمس، أربعة مدنيين في ريف حلب الغربي',
      expect: [{ kind: 'killed', contains: 'أربعة مدنيين', count: { value: 4 }, victims: 'civilians', actors: ['nusra'] }],
    },
    { text: 'خطف مسلحو العشيرة فجر الأحد ثلاثة صحفيين على طريق المطار', expect: [{ kind: 'detained', contains: 'ثلاثة صحفيين', count: { value: 3 }, victims: 'journalists' }] },
    // A broken plural whose actor name opens with it («عناصر داعش») is the subject too, past a short «في» phrase.
    { text: 'قتل عناصر داعش في الكمين سبعة جنود من الجيش العراقي', expect: [{ kind: 'killed', contains: 'سبعة جنود', count: { value: 7 }, victims: 'soldiers', actors: ['isis'] }] },
    // With no object after it, the verb is passive and the construct its victims: some fighters.
    { text: 'قتل مسلحو الفصيل في غارة جوية على مقرهم', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    // An armed actor's noun after the verb is its subject when a counted group follows: the victims are that group.
    // An indefinite group after a definite subject is the object, whatever else it may name.
    { text: 'واعتقلت قوات الأمن مسلحين اثنين في حي الشيخ مقصود', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'وخطف مسلحون مجهولون فجر اليوم خمسة عمال من موقع البناء', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'civilians' }] },
    // Armed men of no figure before a verb with an object past it are the ones who did it (a headline's present verb).
    { text: 'مسلحون يقتلون صاحب محل وابنه في السوق', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'شبيحة النظام يعدمون ميدانياً 15 شابا في القرية', expect: [{ kind: 'executed', count: { value: 15 }, victims: 'people' }] },
    // Guard: with no object after the verb, the armed men are the dead.
    { text: 'وقال المصدر إن مسلحين قتلوا خلال الاشتباكات مع الجيش', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    { text: 'وقال الجيش إن مسلحين قتلوا جميعهم', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    // «ة» written is the feminine ending, no pronoun: one martyr.
    { text: 'وأدى القصف إلى سقوط شهيدة وجرح آخرين في البلدة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured' }] },
    { text: 'قتل مسلحون مجهولون ثلاثة مدنيين في ريف درعا الغربي', expect: [{ kind: 'killed', contains: 'ثلاثة مدنيين', count: { value: 3 }, victims: 'civilians' }] },
    // The subject's side, a time word, a quote or «أيضاً» may stand before the object; an object uncounted is marked by
    // its ending. With nothing that can be an object after it, the verb is passive and its subject the victims.
    {
      text: 'أعدم عناصر من تنظيم الدولة صباح الخميس ثمانية شبان في ساحة البلدة',
      expect: [{ kind: 'executed', contains: 'ثمانية شبان', count: { value: 8 }, victims: 'people', actors: ['isis'] }],
    },
    { text: 'اختطف مسلحون "مجهولون" صحفيين اثنين قرب الحاجز', expect: [{ kind: 'detained', contains: 'صحفيين', count: { value: 2 }, victims: 'journalists' }] },
    { text: 'وخطف مسلحون أيضا طبيبين من المستشفى الوطني', expect: [{ kind: 'detained', contains: 'طبيبين', count: { value: 2 }, victims: 'medical' }] },
    { text: 'قتل عناصر من تنظيم الدولة في غارة للتحالف قرب البلدة', expect: [{ kind: 'killed', victims: 'fighters', actors: ['international-coalition'] }] },
    { text: 'قتل مسلحون في اشتباك مع الجيش قرب الحدود', expect: [{ kind: 'killed', contains: 'مسلحون', victims: 'fighters' }] },
    {
      text: 'أعدم تنظيم الدولة، صباح اليوم، شابا في ساحة البلدة',
      expect: [{ kind: 'executed', contains: 'شابا', count: { value: 1 }, victims: 'people', actors: ['isis'] }],
    },
    { text: 'اعتقلت قوات الأمن فجر الأحد، عددا من الشبان في حي الوعر', expect: [{ kind: 'detained', contains: 'الشبان', victims: 'people' }] },
    // A definite group right after an active verb, then a counted one: subject, then object.
    { text: 'اعتقل الجنود خمسة مزارعين قرب السياج', expect: [{ kind: 'detained', contains: 'خمسة', count: { value: 5 }, victims: 'civilians' }] },
    // A subject the lexicons do not know, a time and a place between, then the counted object.
    {
      text: 'أعدمت الجماعة المسلحة فجر الثلاثاء في قرية الطيبة أربعة رجال',
      expect: [{ kind: 'executed', contains: 'أربعة رجال', count: { value: 4 }, victims: 'people', cause: 'execution' }],
    },
    { text: 'اعتقلت قوات الاحتلال خلال حملة دهم في مخيم الفارعة 9 مواطنين', expect: [{ kind: 'detained', contains: '9 مواطنين', count: { value: 9 }, victims: 'civilians' }] },
    // No subject at all: only adjuncts stand between the verb and its counted victims.
    { text: 'وأصيب حتى الآن 23 مدنيا في البلدة', expect: [{ kind: 'injured', contains: '23 مدنيا', count: { value: 23 }, victims: 'civilians' }] },
    { text: 'وقتل، مساء الخميس، شرطيان في المدينة', expect: [{ kind: 'killed', contains: 'شرطيان', count: { value: 2 } }] },
    // A plural verb has its subject in it: the groups after «هم» are a breakdown, not its object.
    { text: 'وأكد أن أكثر من 300 مدني أصيبوا بالقصف على البلدة، هم 120 رجلا و90 امرأة', expect: [{ kind: 'injured', contains: '300 مدني أصيبوا', count: { min: 300 }, victims: 'civilians' }] },
    // Between the subject and its object: an accusative of manner («ذبحاً»، «رمياً بالرصاص»), a present verb that
    // describes the subject with its own few words, place phrases, an actor adjective of the subject.
    { text: 'أعدم مقاتلو التنظيم ذبحاً خمسة من أبناء العشيرة', expect: [{ kind: 'executed', contains: 'خمسة', count: { value: 5 }, actors: ['isis'] }] },
    { text: 'وأعدم التنظيم رمياً بالرصاص في الساحة العامة ثلاثة شبان', expect: [{ kind: 'executed', contains: 'ثلاثة شبان', count: { value: 3 }, victims: 'people' }] },
    { text: 'وقتل مسلحون يرتدون زياً عسكرياً أربعة مزارعين في أرضهم', expect: [{ kind: 'killed', contains: 'أربعة مزارعين', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'خطف مسلحون من حاجز طيار على مدخل البلدة ستة مدنيين', expect: [{ kind: 'detained', contains: 'ستة مدنيين', count: { value: 6 }, victims: 'civilians' }] },
    { text: 'واغتال مسلحون مجهولون في ريف درعا الشرقي ضابطاً منشقاً', expect: [{ kind: 'killed', contains: 'ضابطاً', count: { value: 1 } }] },
    // An uncounted object marked by its ending may follow a place; a definite group inside an adjunct is not the object.
    { text: 'وأعدم التنظيم في ساحة السوق وسط البلدة رجلاً بتهمة السحر', expect: [{ kind: 'executed', contains: 'رجلاً', count: { value: 1 }, actors: ['isis'] }] },
    { text: 'قتلت قوات الأمن أثناء ملاحقتها المهربين ثلاثة رعاة قرب الحدود', expect: [{ kind: 'killed', contains: 'ثلاثة رعاة', count: { value: 3 } }] },
    // A sentence of death carried out («نفذ … حكم الإعدام/حد الردة/القصاص») on the people after «على/في/بحق» (rule penalty).
    { text: 'ونفذ التنظيم صباح الأحد حكم الإعدام في أربعة شبان بساحة البلدة', expect: [{ kind: 'executed', contains: 'أربعة شبان', count: { value: 4 }, victims: 'people', actors: ['isis'] }] },
    { text: 'ونفذت المحكمة التابعة للفصيل "حد الردة" عند مدخل القرية، على رجلين', expect: [{ kind: 'executed', contains: 'رجلين', count: { value: 2 }, victims: 'people' }] },
    { text: 'نفذ المسلحون القصاص بحق ثلاثة أسرى', expect: [{ kind: 'executed', contains: 'ثلاثة أسرى', count: { value: 3 } }] },
    { text: 'ونفذ مسلحو التنظيم المتشدد في "ولاية الخير" حكماً بالإعدام على سبعة شبان', expect: [{ kind: 'executed', contains: 'سبعة شبان', count: { value: 7 } }] },
    { text: 'وأظهر التسجيل تنفيذ الإعدام في خمسة رجال مكبلي الأيدي', expect: [{ kind: 'executed', contains: 'خمسة رجال', count: { value: 5 } }] },
  ],
  'cascade 3q · a leader and his escorts: one toll of his class; a member noun of a side is an adjective before «و»': [
    { text: 'وأسفرت الغارة عن مقتل قيادي حوثي و12 من مرافقيه في مأرب', expect: [{ kind: 'killed', count: { value: 13 }, victims: 'fighters' }] },
    { text: 'واغتال مسلحون مجهولون عقيدا في الجيش واثنين من مرافقيه', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'وقتل قائد ميداني و4 من حراسه في كمين', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'fighters' }] },
    // Guard: companions with no pronoun back to him, or of one who is no armed leader, keep their own class.
    { text: 'وقتل قائد ميداني و4 مدنيين في القصف', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'مقتل امرأة و3 من مرافقيها في القصف', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people', includes: [{ victims: 'women', count: { value: 1 } }] }] },
    { text: 'وأسفرت الغارة عن مقتل 3 قياديين حوثيين و15 من مرافقيهم', expect: [{ kind: 'killed', count: { value: 18 }, victims: 'fighters' }] },
    // The member noun as an adjective leaves the classes as sub-groups.
    { text: 'مقتل قيادي حوثي وطفلين في غارة على المنزل', expect: [{ kind: 'killed', count: { value: 3 }, includes: [{ victims: 'fighters', count: { value: 1 } }, { victims: 'children', count: { value: 2 } }] }] },
  ],
  'cascade 3p · victim nouns of several classes joined by «و» give each class as a sub-group, as «بينهم» does': [
    { text: 'وأسفرت الغارة عن مقتل امرأة وطفلين في منزلهم', expect: [{ kind: 'killed', count: { value: 3 }, includes: [{ victims: 'women', count: { value: 1 } }, { victims: 'children', count: { value: 2 } }] }] },
    { text: 'قتل 4 أطفال و3 نساء في قصف على السوق', expect: [{ kind: 'killed', count: { value: 7 }, includes: [{ victims: 'children', count: { value: 4 } }, { victims: 'women', count: { value: 3 } }] }] },
    { text: 'وأصيب 6 جنود ومدنيان في انفجار العبوة', expect: [{ kind: 'injured', count: { value: 8 }, includes: [{ victims: 'soldiers', count: { value: 6 } }, { victims: 'civilians', count: { value: 2 } }] }] },
    // A nationality and a side after the first group, then a group of the other side: two tolls.
    { text: 'قتل 5 جنود أتراك من القوات التركية و12 من مسلحي التنظيم في الاشتباكات', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }, { kind: 'killed', count: { value: 12 }, victims: 'fighters' }] },
    // The first group's side may stand before the next group.
    { text: 'قتل تسعة مقاتلين من فصائل المعارضة وأربعة مدنيين في القصف', expect: [{ kind: 'killed', count: { value: 13 }, includes: [{ victims: 'fighters', count: { value: 9 } }, { victims: 'civilians', count: { value: 4 } }] }] },
    // Guard: a figure of a side read as one group.
    { text: 'قتل 6 من عناصر قوات النظام و3 مدنيين في الهجوم', expect: [{ kind: 'killed', count: { value: 9 }, includes: [{ victims: 'soldiers', count: { value: 6 } }, { victims: 'civilians', count: { value: 3 } }] }] },
    // An uncounted «ين» is what the group's figure leaves; one class told twice is one sub-group.
    { text: 'مقتل 5 مسلحين وجنديين في الاشتباك', expect: [{ kind: 'killed', count: { value: 7 }, includes: [{ victims: 'fighters', count: { value: 5 } }, { victims: 'soldiers', count: { value: 2 } }] }] },
    { text: 'استشهاد طفلين وطفلة وامرأة في القصف', expect: [{ kind: 'killed', count: { value: 4 }, includes: [{ victims: 'children', count: { value: 3 } }, { victims: 'women', count: { value: 1 } }] }] },
    // Guard: kin and a class as broad as the group's give none; a lone noun that shares a figure splits it unknown.
    { text: 'واستشهد طفلان ووالدهما في الغارة', expect: [{ kind: 'killed', count: { value: 3 }, includes: [{ victims: 'children', count: { value: 2 } }] }] },
    { text: 'قتل 5 مدنيين في القصف على البلدة', expect: [{ kind: 'killed', count: { value: 5 }, includes: [] }] },
    // «بينهم» after them adds only the classes they do not give.
    { text: 'مقتل 6 أطفال و4 نساء، بينهم رضيع، في قصف على الحي', expect: [{ kind: 'killed', count: { value: 10 }, includes: [{ victims: 'children', count: { value: 6 } }, { victims: 'women', count: { value: 4 } }] }] },
    { text: 'وخطف المسلحون 30 شابا ومواطنا من القرية', expect: [{ kind: 'detained', count: { value: 30 }, includes: [{ victims: 'civilians', count: { vague: 'some' } }] }] },
  ],
  'cascade 3 · coordinated, kinship, ordinal and nationality victims': [
    // Two others in the feminine: «اثنتان أخريان»، «أخريين» — women, as the woman before them.
    { text: 'وقتلت امرأة وجرحت اثنتان أخريان في القصف على السوق', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 }, victims: 'women' }] },
    { text: 'وأسفر القصف عن مقتل امرأة وإصابة أخريين في السوق', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 }, victims: 'women' }] },
    // An uncounted «ين» that may be a sound plural, joined to another or to a plural, is the plural; not a noun whose «ين»
    // can only be the dual («عنصرين»).
    { text: 'أدى الانفجار إلى مقتل وجرح موظفين وعسكريين في المقر', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وطالت حملة الاعتقالات محامين وشخصيات عشائرية', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'people' }] },
    { text: 'أسفرت الغارة عن مقتل قياديين وعنصرين من الحركة', expect: [{ kind: 'killed', count: { value: 4 } }] },
    // A dual written out by its vowels («ـَيْن»), and «ين» on a noun of broken plural before an informal plural verb.
    { text: 'وأصيب اليوم مدنييَن برصاص قناص', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'civilians' }] },
    // Guard: right after the verb, as before.
    { text: 'وخطف المسلحون سائقيْن من القافلة', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'وأكد المصدر أن رجلين قتلوا في الكمين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // The plural's own vowels keep it a plural.
    { text: 'وأصيب اليوم مدنيِّين برصاص قناص', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'وأصيب اليوم مدنيِيْنَ برصاص قناص', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'civilians' }] },
    // An at-least figure joined to an exact one is at least their sum.
    { text: 'وقالت المنظمة إن ما لا يقل عن 30 طفلاً و12 امرأة قتلوا في الغارات', expect: [{ kind: 'killed', count: { min: 42 }, victims: 'civilians' }] },
    // «مع» joins kin to a titled or named person as «و» does; a name never runs on past «مع».
    { text: 'واستشهد الطفل أحمد سليم مع والدته في القصف', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'قتل المهندس خالد العمر مع زوجته وأبنائه الأربعة بغارة على منزلهم', expect: [{ kind: 'killed', count: { value: 6 } }] },
    // Victims named by where they were or what they did: worshippers and mourners are civilians, notables and clergy
    // people, teenagers children, militiamen fighters; «مدرسة» is a school, not a teacher.
    { text: 'واستهدف الهجوم مسجد القرية وقتل 14 مصلياً', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'وأصيب في الانفجار جنديان وأحد المارة', expect: [{ kind: 'injured', count: { value: 3 } }] },
    { text: 'وأصيب عشرات المشيعين في قصف استهدف الجنازة', expect: [{ kind: 'injured', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
    { text: 'واختطف مسلحون راهبين من الدير', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'قتل ثلاثة مراهقين برصاص الجنود', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    { text: 'وقتل في الاشتباكات 12 من الشبيحة', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'fighters' }] },
    { text: 'واعتقلت القوات مدير مدرسة البلدة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // Shot dead («أردى») and the forcibly disappeared however written («مخفيين قسراً»، «مغيبين قسرياً»).
    { text: 'وأردى القناص شرطيين عند الحاجز', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'ووثقت الشبكة 230 مغيبين قسرا في سجون الميليشيا', expect: [{ kind: 'missing', count: { value: 230 } }] },
    // Religious communities are read as nationalities are; adults and public figures are people.
    { text: 'وأعدم المسلحون 9 أقباط على شاطئ البحر', expect: [{ kind: 'executed', count: { value: 9 }, victims: 'people' }] },
    { text: 'واختطف مجهولون ثلاثة مسيحيين من الحي', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'وجرح في القصف خمسة بالغين وطفلان', expect: [{ kind: 'injured', count: { value: 7 } }] },
    { text: 'أدى التفجير إلى مصرع عدة شخصيات قبلية', expect: [{ kind: 'killed', count: { min: 3, vague: 'several' }, victims: 'people' }] },
    // A nationality adjective belongs to its noun, and what is joined after it is counted too.
    { text: 'قُتل رجل عراقي وزوجته في التفجير', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // «على الأقل» bounds a group counted by its form as it bounds a figure.
    { text: 'وأسفر الانفجار عن مقتل شخص واحد على الأقل قرب السوق', expect: [{ kind: 'killed', count: { min: 1 }, victims: 'people' }] },
    { text: 'قتل طفلان على الأقل في القصف على الحي', expect: [{ kind: 'killed', count: { min: 2 }, victims: 'children' }] },
    // Past «others», past the class after a casualty noun, and between commas.
    { text: 'وقتل مسلح في الاشتباك وأصيب ثلاثة عناصر آخرين على الأقل', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { min: 3 } }] },
    { text: 'وسقط 9 قتلى مدنيين على الأقل في القصف على السوق', expect: [{ kind: 'killed', count: { min: 9 }, victims: 'civilians' }] },
    { text: 'قتل 15 شخصا، على الأقل، في انفجار سيارة مفخخة', expect: [{ kind: 'killed', count: { min: 15 }, victims: 'people' }] },
    // Guard: «، على الأقل 10 منهم» bounds the next figure, not this one.
    { text: 'قتل 30 شخصا، على الأقل 10 منهم من الأطفال', expect: [{ kind: 'killed', count: { value: 30 } }] },
    // Persons «من» a side are its members; «في» a country names a place.
    { text: 'وقتل 8 أشخاص من قوات النظام في الكمين', expect: [{ kind: 'killed', count: { value: 8 }, victims: 'soldiers' }] },
    { text: 'وأعلن مقتل خمسة أشخاص في تركيا جراء الانفجار', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'قتل رجل وزوجته بقصف مدفعي على حي الكلاسة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people', cause: 'shelling' }] },
    { text: 'أصيبت امرأة وطفلان بجروح في انفجار عبوة ناسفة', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'civilians' }] },
    {
      text: 'قتل ثلاثة مدنيين وأصيب رابع بنيران قناصة في درعا',
      expect: [
        { kind: 'killed', count: { value: 3 }, victims: 'civilians' },
        { kind: 'injured', count: { value: 1 }, victims: 'civilians' },
      ],
    },
    { text: 'أعلنت الوزارة مقتل 5 أردنيين في حادث على الحدود', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'استشهد فلسطينيان برصاص الاحتلال في نابلس', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people', cause: 'shooting' }] },
    { text: 'وأحصت المنظمة مقتل 23 إيرانيا و4 أفغان في الهجوم', expect: [{ kind: 'killed', count: { value: 27 }, victims: 'people' }] },
    { text: 'قتل 6 أكراد في قصف مدفعي على القرية', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people', cause: 'shelling' }] },
    // After «أن» an accusative nationality is a subject, not an adjective.
    { text: 'وذكرت المصادر أن سودانياً قتل على الحدود أمس', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Adjectives of an agent stay adjectives: «القوات التركية» names no victims.
    { text: 'قصفت القوات التركية القرية ما أدى إلى مقتل 3', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'unspecified' }] },
    { text: 'وأكد المتحدث أن ضابطا من الجيش الوطني الليبي قتل في الاشتباك', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Members named by a noun of membership and their body: police and security men are soldiers.
    { text: 'قتل أربعة من رجال الشرطة في هجوم على نقطة تفتيش', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'soldiers' }] },
    {
      text: 'أسفر الانفجار عن مقتل أمين شرطة وإصابة اثنين من أفراد الأمن',
      expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 2 }, victims: 'soldiers' }],
    },
    { text: 'أعلنت الجماعة مقتل عدد من قياداتها الميدانية', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    { text: 'أصيب خمسة من كوادر المشفى بجروح طفيفة', expect: [{ kind: 'injured', count: { value: 5 }, victims: 'medical' }] },
    { text: 'وقضى اثنان من مرافقيه في الكمين نفسه', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A definite figure after a definite noun counts it; a figure of a family counts its members; residents are civilians.
    { text: 'وأفرجت الميليشيا لاحقا عن التجار الخمسة بعد أن اعتقلت الصيادين الثلاثة', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'civilians' }] },
    // So does one after a definite casualty participle: the captives, the abducted, the wounded.
    { text: 'وأعلن التنظيم إعدام الأسرى الخمسة في ساحة المدينة', expect: [{ kind: 'executed', count: { value: 5 } }] },
    { text: 'وعثرت الشرطة على جثث المختطفين الأربعة قرب الطريق العام', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'وأعلنت الشرطة العثور على جثتي المختطفين في بستان قرب القرية', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وانتشل الأهالي جثث الصيادين الثلاثة من النهر', expect: [{ kind: 'killed', count: { value: 3 }, contains: 'الثلاثة' }] },
    // Guard: bodies searched for, out of reach or uncounted are no dead found.
    { text: 'وتواصل فرق البحث عن جثث المختطفين في المنطقة', expect: [] },
    { text: 'وتبحث فرق الدفاع المدني عن جثث المفقودين تحت الأنقاض', expect: [] },
    { text: 'وتعذر انتشال جثث المفقودين بسبب القصف', expect: [] },
    // Definite tens and teens after a noun of people count it; after a singular they are ordinals.
    { text: 'وأعدم التنظيم الأسرى العشرين في ساحة المدينة', expect: [{ kind: 'executed', count: { value: 20 } }] },
    { text: 'وقتل المدنيون الخمسة عشر في القصف على الحي', expect: [{ kind: 'killed', count: { value: 15 } }] },
    // Guard: a year is no figure of an object.
    { text: 'وأعدم التنظيم المسيحيين الثلاثة على شاطئ البحر في فبراير 2015', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'أسفرت الغارة عن مقتل 6 من عائلة واحدة في القرية', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people' }] },
    { text: 'أدى القصف إلى إصابة سبعة من سكان الحي', expect: [{ kind: 'injured', count: { value: 7 }, victims: 'civilians' }] },
    { text: 'وقتل أكثر من 40 من مقاتليه في المعارك', expect: [{ kind: 'killed', count: { min: 40 }, victims: 'fighters' }] },
    // Nouns of membership are people unless their side says more.
    { text: 'قتل 11 فردا من قوات النظام في الهجوم', expect: [{ kind: 'killed', count: { value: 11 }, victims: 'soldiers' }] },
    { text: 'استشهد أربعة من أفراد العائلة في القصف', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
  ],
  'cascade 3d · personal names after a past verb of arrest or execution (rule verb-names)': [
    // An office past one indefinite genitive ends the name too.
    { text: 'واختطف مسلحون محمد صالح بن عمر مدير مكتب المحافظ أمس', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'محمد صالح بن عمر' }] },
    // A surname is no weapon's derived form: «بدران» is not «ب» + a case of «درون» (a stem of two letters inflects not).
    { text: 'واعتقلت الشرطة أسامة بدران عند الحاجز', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // Nor a place's name a weapon's: «الطيري» is no construct of «طيران», the cause is the mortar.
    { text: 'وأصيب طفل في حي الطيري جراء سقوط قذيفة هاون', expect: [{ kind: 'injured', count: { value: 1 }, cause: 'shelling' }] },
    // «كلا من» and its list after the verb's subject, too.
    { text: 'واعتقلت قوات الاحتلال فجر اليوم كلا من رامز عودة وفادي حمدان', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'أعدم التنظيم كلا من: ياسر الحمود، وعامر الخلف، ونزار العبيد', expect: [{ kind: 'executed', count: { value: 3 } }] },
    // A listed person's origin («من مخيم…»، «من "…"») belongs to the name; the list goes on past it.
    { text: 'واعتقلت قوات الاحتلال كلا من: سامي العلي من مخيم "بلاطة"، ونادر جودة من بلدة بيتا، وأحمد الحسن', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    // A preposition after «و» past the comma opens a new clause, no name: «، ومن ثم»، «، وفي البلدة».
    { text: 'واعتقلت قوات الاحتلال كلا من: سامي العلي من مخيم "بلاطة"، ونادر جودة من بلدة بيتا، وفي ساعات الظهر داهمت منازل', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'واعتقلت قوات الاحتلال كلا من سامي العلي ونادر جودة، ومن ثم انسحبت من البلدة', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    // One person per name, joined by «و» or commas, after the verb and its subject; the names end at a break.
    { text: 'وداهمت قوات الاحتلال بلدة قباطية فجرا واعتقلت ماهر سليم ونبيل جرادات من منزليهما', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'كما اعتقلت قوات النظام يوسف شريم، وعلي دراغمة وسامي أبو زيد خلال المداهمة', expect: [{ kind: 'detained', count: { value: 3 }, actors: ['syrian-government'] }] },
    // A verb in a relative clause, or before a span of time, takes no names.
    { text: 'وتواصل السلطات التحقيق مع الذين اعتقلت منذ بدء الحملة الأمنية', expect: [] },
    { text: 'وفي ريف المدينة أعدم التنظيم، حسان فواز العلي، ومروان خضر الجاسم رميا بالرصاص', expect: [{ kind: 'executed', count: { value: 2 }, actors: ['isis'] }] },
    { text: 'وأعدمت الجماعة صباح اليوم نبيل سعد الحمد بتهمة التخابر', expect: [{ kind: 'executed', count: { value: 1 } }] },
    // Abduction verbs name their victims too; a hijacked ship or plane is no name.
    { text: 'وخطف محمد صلاح الأضواء في المباراة الأخيرة', expect: [] },
    { text: 'وخطف مسلحون مجهولون سليم الحداد من أمام منزله في المدينة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'واختطفت عصابة مسلحة سامر خليل ونادر العموري على طريق المطار', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'واختطف قراصنة صوماليون سفينة تجارية قبالة السواحل', expect: [] },
    // Not after verbs that also take things («احتجز» a ship), nor at two accusatives (a noun and its adjective), nor
    // when the words run on with no break after them.
    { text: 'واحتجزت قوات الأمن سفينة صيد قرب الميناء', expect: [] },
    { text: 'وأعدمت المحكمة حكما غيابيا صدر بحقه', expect: [] },
    { text: 'واعتقل على الفور.', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'اعتقل' }] },
    // A class of people is no name: members the lexicon knows after the subject, a plural in «ين/ون/ات», or a plural
    // in construct («ـي» as the writer spells it; «مصطفى» with «ى» is a name).
    { text: 'وأفادت المصادر أن الشرطة اعتقلت عناصر شبكة تهريب في المدينة', expect: [{ kind: 'detained', victims: 'fighters' }] },
    { text: 'واعتقلت دورية الحدود ناقلي ركاب قرب المعبر', expect: [] },
    { text: 'وأعدمت الجماعة متعاونين مزعومين في ساحة البلدة', expect: [] },
    { text: 'واعتقلت قوات الاحتلال مصطفى ياسين وعلي جابر من بيت لحم', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    // One «علي» rule for every name reader: a titled name may open with it.
    { text: 'واستشهد المسعف باسل عمر والمسعف علي زكريا في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'medical' }] },
    // Inside a name «علي» spelled with «ي» is the name; «على»، «علي يد» and «علي الأقل» stay prepositions.
    { text: 'واعتقلت قوات الأمن نادر علي سليم العمر من منزله في الحي', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people', contains: 'نادر علي سليم العمر' }] },
    { text: 'وأكدت المصادر استشهاد ماجد علي الحسون في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'ماجد علي الحسون' }] },
    { text: 'وأصيب كل من ماجد علي الحسون وخالد العمر بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 }, contains: 'ماجد علي الحسون وخالد العمر' }] },
    { text: 'واعتقلت قوات الأمن نادر سليم علي خلفية مشاركته في الاحتجاجات', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'نادر سليم' }] },
    { text: 'وأكدت المصادر مقتل ماجد حسن علي يد مسلحين مجهولين', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'ماجد حسن' }] },
  ],
  'cascade 3c · named people and families': [
    // A family told by its members counts them; «آخرين» after it are people.
    {
      text: 'وراح ضحيتها عائلة من خمسة أشخاص، وأصيب أكثر من 12 آخرين',
      expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }, { kind: 'injured', count: { min: 12 }, victims: 'people' }],
    },
    { text: 'استشهاد عائلة كاملة مكونة من 6 أشخاص في قصف على المخيم', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people' }] },
    // Groups of mixed class after «من» are people; a word with a pronoun after a bare figure is a sub-group, not its class.
    { text: 'أودى القصف بحياة عشرات الأشخاص من المدنيين والمقاتلين', expect: [{ kind: 'killed', victims: 'people' }] },
    { text: 'وسقط 7 ضحايا من الثوار والمدنيين في الاشتباك', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    // A «و» written apart joins casualty verbs as «وجرح» does, and ends a bare figure before the next one.
    { text: 'وأسفر الهجوم عن قتل و جرح العشرات من عناصر الحرس', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    { text: 'وقال المصدر إنه قتل 6 و جرح 11 في الاشتباكات', expect: [{ kind: 'killed', count: { value: 6 } }, { kind: 'injured', count: { value: 11 } }] },
    // The attack they fell in between the verb and the fallen: a preposition and a definite weapon or event.
    { text: 'وسقط جراء القصف المدفعي 14 مدنيا بينهم 5 أطفال', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'وسقط في الاشتباكات ثلاثة عناصر من الشرطة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'وسقط في الهجوم الإرهابي 9 مدنيين عند مدخل السوق', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'civilians' }] },
    // Guard: a trap, captivity or an accident is no attack.
    { text: 'وسقط في الحادثة طفل من الطابق الثالث للمبنى', expect: [] },
    { text: 'وسقط في الفخ عشرات الشبان من أبناء الحي', expect: [] },
    { text: 'وأعدم التنظيم 5 أحدهم عنصر سابق في الشرطة', expect: [{ kind: 'executed', count: { value: 5 }, victims: 'unspecified' }] },
    { text: 'وأعلنت المصادر استشهاد سامر خليل الحسن (19 عاما) برصاص قناص', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', cause: 'shooting' }] },
    {
      // Two named people joined by «و», each closed by an age: one group of two.
      text: 'أصيب رامي يوسف (30 عاما) وعلي حسن النجار (27 عاما) بجروح في القصف',
      expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }],
    },
    { text: 'أودت الغارة بحياة خالد المصري وزوجته في منزلهما', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'اعتقلت الدورية أبا ونجله عند مدخل القرية', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'قتلت أم واثنتان من بناتها بقذيفة هاون', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people', cause: 'shelling' }] },
    { text: 'قتل مزارع واثنان من أشقائه بانفجار لغم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'وأكدت العائلة أن المواطنة هدى سالم (40 عاما) توفيت متأثرة بجراحها', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
    // Two sons of his («نجليه») or her two daughters («ابنتاها»): a dual of kin with its possessive, of any stem.
    { text: 'وأفاد الأهالي بأن نجليه أصيبا بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'واستشهدت سيدة وحفيداها في الغارة على المنزل', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // A kin dual in construct written bare, with no definite genitive after it, is «my …»: one person.
    { text: 'وقال أحد الأهالي: أصيبت ابنتي بشظية في رأسها وهي تلعب أمام المنزل', expect: [{ kind: 'injured', count: { value: 1 } }] },
    // Guard: with its genitive it stays two, a definite or a possessed one.
    { text: 'واستشهد ابني الشيخ سالم في القصف على المخيم', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'واعتقلت قوات الاحتلال ابني شقيقه من منزل العائلة', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // A group bounded by «وما لا يقل عن» joined to an exact one: at least their sum.
    { text: 'وأسفر القصف عن مقتل 12 طفلا وما لا يقل عن 30 امرأة', expect: [{ kind: 'killed', count: { min: 42 }, victims: 'civilians' }] },
    // «شابة»، «شابات»: young women, not the people of «شاب».
    { text: 'وأصيبت شابة عشرينية برصاصة طائشة أثناء عودتها من عملها', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'women' }] },
    { text: 'واعتقلت قوات الأمن أربع شابات من طالبات الجامعة', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'women' }] },
    { text: 'أسفر القصف عن مقتل المرأة وأحد أبنائها', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // An age after the noun belongs to the group, and a conjunct may follow it.
    { text: 'قتل فتى يبلغ من العمر 14 عاما وشقيقه برصاص مجهولين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'استشهدت طفلة سورية تبلغ من العمر ستة أشهر ووالدتها في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'أصيبت سيدة في الستينيات من عمرها إلى جانب حفيدها', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    // A singular noun with a pronoun is one person; a feminine one in ة too («رضيعة»); a crew is of unknown size.
    { text: 'وأدى القصف إلى مقتل طفلها الرضيع', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'أصيبت رضيعة بشظايا في رأسها', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // A figure between slashes, as some agencies write it.
    { text: 'أصيب /5/ أطفال بجروح في انفجار قنبلة', expect: [{ kind: 'injured', count: { value: 5 }, victims: 'children' }] },
    // …or between quotes, which some outlets put around a figure they cite: the noun after the closing quote is counted.
    { text: 'وثقت المنظمة مقتل “23” مدنياً في القرية خلال يومين', expect: [{ kind: 'killed', count: { value: 23 }, victims: 'civilians' }] },
    { text: 'أصيب «9» أطفال بشظايا قذيفة سقطت قرب المدرسة', expect: [{ kind: 'injured', count: { value: 9 }, victims: 'children' }] },
    // «مع» and «إلى جانب» join company to a group: counted, «آخرين», or kin with a pronoun back to the first.
    // From eleven on, a second bare singular shares the figure (its case ending is often left unwritten: real reports
    // read «36 سيدة وطفل» as 36); others joined to a named group are one group.
    { text: 'أعدم التنظيم 13 رجلاً وشاباً في ساحة البلدة', expect: [{ kind: 'executed', count: { value: 13 }, victims: 'people' }] },
    { text: 'قتل 12 مدنيا وطفل في الغارة', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'civilians' }] },
    {
      text: 'قتل مدنيان وأصيب 4 آخرون وشرطيان في الانفجار',
      expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 6 }, victims: 'people' }],
    },
    { text: 'قتل جندي وأصيب آخران في الهجوم', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 }, victims: 'soldiers' }] },
    {
      text: 'وأكدت المصادر أن سبعة أفراد على الأقل من عائلة واحدة قتلوا في الغارة',
      expect: [{ kind: 'killed', count: { min: 7 }, victims: 'people' }],
    },
    { text: 'قتل قائد الفوج مع أربعة من مرافقيه في كمين', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'أعلن الفصيل مقتل قيادي مع ستة آخرين في غارة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'fighters' }] },
    { text: 'استشهدت سيدة إلى جانب حفيدتها في قصف مدفعي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'قتل جندي مع عناصر الفصيل في الاشتباك', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    // «أحدهما»، «الآخر»: one of a pair named before, and the other one.
    {
      text: 'استهدف قناص شقيقين على الطريق فقتل أحدهما وأصيب الآخر',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }],
    },
  ],
  'cascade 1c · victims only in the verb ending': [
    // Two told by a dual ending or pronoun are persons, as one is; a bare dual casualty noun as the subject names none.
    { text: 'وأفاد الموقع بأن "عامر حسين وخليل داود" قتلا بانفجار لغم', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'أطلق مسلحون النار على سيارة، ما أسفر عن مقتلهما على الفور', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وسقط قتيلان في القصف على البلدة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'unspecified' }] },
    // A verb of natural death alone needs a wound or a weapon; a past perfect dated by a year or decade tells a life.
    { text: 'وأصيب الصحفي في غارة على المدينة، ثم توفي متأثرا بجروحه', expect: [{ kind: 'injured', count: { value: 1 } }, { kind: 'killed', contains: 'توفي', count: { value: 1 } }] },
    { text: 'ولد الشاعر في حمص عام 1940، وتوفي في باريس عام 2016', expect: [] },
    { text: 'درس الفنان في القاهرة، ثم مات في منفاه بعد سنوات', expect: [] },
    { text: 'وكان الرئيس السابق قد اعتقل في السبعينيات، وأمضى عشر سنوات في السجن', expect: [] },
    { text: 'وكان المعارض البارز قد اعتقل عام 1982 في حماة', expect: [] },
    { text: 'وكان قد قتل في الاشتباك مع الدورية', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وقد قتل في الاشتباك الذي وقع قرب الحدود', expect: [{ kind: 'killed', contains: 'قتل', count: { value: 1 } }] },
    // «تحت التعذيب» (under torture), «تحت القصف»: what befell him, after the verb alone.
    { text: 'وذكرت العائلة أنه قتل تحت التعذيب في أحد الأفرع الأمنية', expect: [{ kind: 'killed', contains: 'قتل', count: { value: 1 } }] },
    // «نتيجة/بسبب» (as a result of, because of) open a cause after the verb as «جراء» does.
    { text: 'وكان الشاب قد عاد إلى بلدته، وقد قتل نتيجة خلاف عائلي تطور إلى إطلاق نار', expect: [{ kind: 'killed', contains: 'قتل', count: { value: 1 } }] },
    { text: 'تعرض للضرب على حاجز عسكري ثم اعتقل', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // One person told only by a singular ending or pronoun, with no class named before, is a person.
    { text: 'وأصيب برصاص قناص أثناء عودته إلى منزله في الحي الشرقي', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    // Two bullets, or the verb's own noun as its object («إصابة بليغة»), are adjuncts of a verb with its victim in its ending.
    { text: 'وأصيب برصاصتي قناص قرب منزله في الحي الغربي', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وقد أصيب إصابة بالغة في الرأس خلال المواجهات', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وأطلقت الدورية النار على سيارته ما أسفر عن استشهاده على الفور', expect: [{ kind: 'killed', contains: 'استشهاده', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقد استشهد متأثرا بجروح أصيب بها في القصف قبل أسبوع', expect: [{ kind: 'killed', contains: 'استشهد', count: { value: 1 }, victims: 'people' }] },
    { text: 'ثم فارق الحياة في المستشفى بعد ساعات', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // A plural ending points to the group before it.
    {
      text: 'اختطف المسلحون ثلاثة رعاة ثم أعدموا رميا بالرصاص',
      expect: [{ kind: 'detained', count: { value: 3 } }, { kind: 'executed', contains: 'أعدموا', count: { value: 3 }, victims: 'civilians' }],
    },
    // A subject with a remark between commas is still the subject.
    { text: 'وقال المسعفون إن سبعة أشخاص، جميعهم من عائلة واحدة، قتلوا في الغارة', expect: [{ kind: 'killed', contains: 'سبعة أشخاص', count: { value: 7 }, victims: 'people' }] },
  ],
  'cascade 1d · victims as the object pronoun of an active verb': [
    { text: 'وهاجم المسلح حارس المصرف بسكين فقتله على الفور', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأطلق الجندي النار على السائق وقتله عند مدخل البلدة', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // The group the pronoun points back to gives the figure.
    { text: 'وداهمت دورية منزلا يقيم فيه خمسة شبان واعتقلتهم', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    { text: 'وكان الشاب يحاول الفرار قبل أن يقتله عناصر الحاجز', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'ونقل شهود أن دورية اعتقلته أمام منزله', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // A second verb of the same kind has the same victims.
    { text: 'وطالبت الأسر بمعرفة مصير عشرات الشبان الذين اختطفهم المسلحون واحتجزهم في مقراتهم', expect: [{ kind: 'missing' }, { kind: 'detained', count: { min: 10, vague: 'tens' } }] },
  ],
  'detained16 1 · a past verb with an object pronoun right after a group counted by a figure tells what befell it': [
    { text: 'وطالبت المنظمة بالإفراج عن 25 صيادا اختطفتهم الميليشيا قبل شهرين', expect: [{ kind: 'detained', contains: '25 صيادا اختطفتهم', count: { value: 25 }, victims: 'civilians' }] },
    // Bodies of a group told as executed are those executions, not other dead.
    { text: 'ودفن الأهالي رفات ثلاثين رجلا أعدمهم المسلحون قبل عامين في الوادي', expect: [{ kind: 'executed', count: { value: 30 }, victims: 'people' }] },
    // A bare verb with its own subject and object tells another execution.
    { text: 'وانتشلت الفرق جثث 7 أشخاص أعدم مسلحون 3 منهم ميدانيا', expect: [{ kind: 'killed', count: { value: 7 } }, { kind: 'executed', count: { value: 3 } }] },
    // Uncounted or counted before the body word, past «تعود لـ» and its people, or with the verb bare.
    { text: 'وعثرت فرق البحث على رفات مدنيين أعدمهم تنظيم الدولة قرب البلدة', expect: [{ kind: 'executed', count: { vague: 'some' }, victims: 'civilians', actors: ['isis'] }] },
    { text: 'وانتشلت الفرق مائة جثة تعود لمدنيين أعدموا ميدانياً في الأشهر الماضية', expect: [{ kind: 'executed', count: { value: 100 }, victims: 'civilians' }] },
    // After a toll of bodies too: the execution is news the toll did not tell.
    { text: 'وبلغ عدد الجثث المنتشلة من المقبرة 120 جثة.\nوتعد المقبرة من أكبر المقابر التي تضم رفات مدنيين أعدمهم التنظيم.', expect: [{ kind: 'killed', count: { value: 120 } }, { kind: 'executed', count: { vague: 'some' }, victims: 'civilians' }] },
    // A present verb tells a habit, and an uncounted group is one already told: no mention.
    { text: 'وتحدث التقرير عن نحو 40 مدنيا يقتلهم القناصة كل شهر في المدينة', expect: [] },
    { text: 'وقال إن عمالا اعتقلتهم الشرطة أفرج عنهم لاحقا', expect: [] },
  ],
  'detained16 2 · an execution noun with «ميداني» states field executions, singular or definite too': [
    { text: 'إعدام ميداني قرب الحاجز: الجنود يطلقون النار على شاب أعزل', expect: [{ kind: 'executed', contains: 'إعدام ميداني', count: null }] },
    { text: 'وتشمل الانتهاكات التهجير القسري وأحيانا الإعدام الميداني', expect: [{ kind: 'executed', contains: 'الإعدام الميداني', count: null }] },
    // In quotes, with the group they were carried out against.
    { text: 'ووثقت المنظمة عمليات "إعدام ميدانية" بحق مدنيين في القرية', expect: [{ kind: 'executed', count: { vague: 'some' }, victims: 'civilians' }] },
    // A field arrest, or anything else in the field, is no statement of its own.
    { text: 'وقال إن الاعتقال الميداني بات سياسة يومية', expect: [] },
  ],
  'detained16 3 · a campaign whose arrests or executions are counted in its sentence is told by that count': [
    { text: 'شنت قوات الأمن حملة اعتقالات في البلدة فجر اليوم، اعتقلت خلالها 12 شابا', expect: [{ kind: 'detained', count: { value: 12 } }] },
    { text: 'نفذ التنظيم حملة إعدامات في المدينة، وأعدم أربعة رجال في الساحة', expect: [{ kind: 'executed', count: { value: 4 } }] },
    // Alone, or beside a count of another kind, the campaign is a mention of its own.
    { text: 'شنت قوات الأمن حملة اعتقالات في البلدة فجر اليوم، وقتل خلالها 3 أشخاص', expect: [{ kind: 'detained', count: null }, { kind: 'killed', count: { value: 3 } }] },
  ],
  'detained16 4 · «مخطوف» is a casualty only joined by «و» to another casualty word': [
    // Led away: a titled person named after the title is someone new too, one told before is not.
    { text: 'وقالت النقابة إن قوة مسلحة اقتادت الطبيب سامر يوسف إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'medical' }] },
    { text: 'اعتقلت القوة طبيبا من المستشفى. وقال شهود إن القوة اقتادت الطبيب إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'طبيبا' }] },
    { text: 'قتلى ومخطوفون في هجوم لمسلحين على قرية نائية', expect: [{ kind: 'killed' }, { kind: 'detained', count: { vague: 'some' } }] },
    { text: 'وخلف الهجوم عددا من الجرحى والمخطوفين', expect: [{ kind: 'injured' }, { kind: 'detained' }] },
    // Alone it describes people told before, or freed.
    { text: 'وتم تحرير 3 مخطوفين', expect: [] },
    { text: 'وتجمع الأهالي للمطالبة بالإفراج عن المخطوفين', expect: [] },
  ],
  'cascade 1e · an object pronoun: its verb\'s subject after it, a person for its antecedent': [
    // A relative clause on the dead themselves restates the toll they are counted in.
    { text: 'وارتفع إلى 30، بينهم 8 أطفال و5 نساء، عدد القتلى الذين قتلتهم الطائرات في السوق', expect: [{ kind: 'killed', count: { value: 30 } }] },
    // Wounds after the verb say its object is a person, with no antecedent named.
    { text: 'وقصفت المدفعية السيارة وأصابتها بشظايا', expect: [] },
    { text: 'واعتدى المستوطنون عليه بالضرب وأصابوه بجروح في رأسه', expect: [{ kind: 'injured', count: { value: 1 } }] },
    // The actor right after the verb is its subject, hence the agent.
    { text: 'اعتقلته قوات النظام عند حاجز على مدخل حماة', expect: [{ kind: 'detained', count: { value: 1 }, actors: ['syrian-government'] }] },
    {
      text: 'اعتقلت قوات النظام 7 شبان من القرية ثم أعدمتهم قوات النظام قرب الجسر',
      expect: [{ kind: 'detained', count: { value: 7 } }, { kind: 'executed', count: { value: 7 }, actors: ['syrian-government'] }],
    },
    { text: 'وطالبت عائلات عشرات المدنيين الذين خطفهم تنظيم داعش، الفصائل المسلحة بالبحث عنهم', expect: [{ kind: 'detained', count: { min: 10, vague: 'tens' }, actors: ['isis'] }] },
    // The one fired at is the victim, not the shooter named before.
    { text: 'أطلق الشرطي النار على اللص وقتله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'unspecified' }] },
    // A plural subject ending is no noun: «ثم قتلوهم» is a verb.
    { text: 'خطف مسلحون 4 عمال ثم قتلوهم', expect: [{ kind: 'detained', count: { value: 4 } }, { kind: 'killed', count: { value: 4 } }] },
    // A detaining authority after the verb: the pronoun is a person.
    { text: 'واعتقلته الشرطة بعد ساعات من الحادث', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // A second verb of the same kind joined to a counted mention has the same victims: one mention.
    { text: 'اعتقلت القوات 9 شبان واحتجزتهم في مركز الشرطة', expect: [{ kind: 'detained', count: { value: 9 } }] },
    // Things, idioms and negations are no victims.
    { text: 'ضبطت الجمارك الشحنة واحتجزتها في الميناء', expect: [] },
    { text: 'أوقفت البحرية الناقلة واحتجزتها قرب المضيق', expect: [] },
    { text: 'وتحتجزها الحكومة منذ أشهر رغم المطالبات بالإفراج عنها', expect: [] },
    { text: 'سرق اللصوص الشاحنة وخطفوها من أمام المستودع', expect: [] },
    { text: 'ألغت الشركة المشروع وأعدمته نهائيا', expect: [] },
    { text: 'قال اللاعب إن الانتظار يقتله كل يوم', expect: [] },
    { text: 'يقتله الملل في البيت منذ التقاعد', expect: [] },
    { text: 'ثم قتله الندم على ما فعل', expect: [] },
    { text: 'لم يقتله أحد من الحاضرين', expect: [] },
    // Every one-word casualty verb of the lexicon takes the pronoun («اغتال» of the idioms too)…
    { text: 'ترصد المسلحون القاضي أمام منزله فاغتالوه', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // …but «أسر», whose «أسرهم» is "their families", does not.
    { text: 'استقبل الأهالي 12 صيادا وأسرهم في الميناء', expect: [] },
    // The antecedent agrees with the pronoun in number and gender: «ها» is no man or boy.
    { text: 'ورث المزارع أرضا عن أبيه ثم خسرها واحتجزتها المحكمة', expect: [] },
    { text: 'حمل الطفل حقيبته وخطفها منه لص في السوق', expect: [] },
    { text: 'داهمت الدورية منزل سيدة مسنة واعتقلتها', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'women' }] },
    // With no subject after the verb, the subject of the clause's first verb goes on: it is no object.
    { text: 'استوقفه جندي عند الحاجز وفتشه ثم اعتقله', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'unspecified' }] },
    { text: 'وحاصر المسلحون ثلاثة رعاة في الوادي ثم قتلوهم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    // A nominative «ون» after «قتله» is its subject, not a genitive; the subject's class is no victims' class.
    { text: 'خرج الطبيب من عيادته ليلا فقتله مسلحون مجهولون', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'medical' }] },
    { text: 'وكان المعلم عائدا إلى منزله حين اختطفه مسلحون ملثمون', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وصل المعلم إلى الحاجز فاعتقله عناصر الأمن', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // «خطف» is a verbal noun too, after «بـ» («قام … بخطف»).
    { text: 'وقام مسلحون بخطف ثلاثة مزارعين من أرضهم', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'civilians' }] },
    // A definite subject after «قتله» kills, unless it is a feeling, a state or a disease (an idiom, a natural death).
    { text: 'اقترب الصياد من الشاطئ فقتله القناص المتمركز على التلة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians' }] },
    { text: 'نزل الراعي إلى الوادي فقتله اللغم', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'يقتله الشوق إلى أهله في الغربة', expect: [] },
    { text: 'ثم قتله الحزن على ولده', expect: [] },
    { text: 'وبعد أشهر في المخيم قتله المرض', expect: [] },
  ],
  'cascade 1b · verb agreement decides who the subject is': [
    // A plural verb after its subject has the group after it for its object: kin joined to a titled person too.
    { text: 'وقال إن عناصر الأمن اعتقلوا الناشط الإعلامي محمد نعسان دبل وشقيقه من منزلهما', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'وكان نحو سبعة مدنيين توفوا غرقا في النهر', expect: [{ kind: 'killed', count: { value: 7, approximate: true }, victims: 'civilians' }] },
    { text: 'أكد الناشطون أن خمسة مدنيين بينهم طفلان قضوا في القصف', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
    // An uncounted conjunct of the list past a member's side («في الجيش») is still the list's.
    { text: 'وقال الحاكم إن 19 شخصا بينهم ضباط في الجيش ونساء قتلوا في التفجير', expect: [{ kind: 'killed', count: { value: 19 }, victims: 'people' }] },
    // A figure after an active verb is its object: the group before it is the agent.
    { text: 'المسلحون أعدموا خمسة شبان في الساحة', expect: [{ kind: 'executed', count: { value: 5 }, victims: 'people' }] },
    { text: 'قتل فيه 4 مدنيين', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
  ],
  'cascade 3b · elliptical coordination, states and sub-group lists': [
    // A side's name holding victim words («جيش المجاهدين») does not end the list.
    {
      text: 'قتل 6 من جيش المجاهدين و4 من قوات النظام في اشتباكات بريف حلب',
      expect: [{ kind: 'killed', count: { value: 6 }, victims: 'fighters' }, { kind: 'killed', contains: '4 من', count: { value: 4 }, victims: 'soldiers' }],
    },
    {
      text: 'قتل 9 من عناصر جيش المجاهدين، و3 من قوات النظام في المعارك',
      expect: [{ kind: 'killed', count: { value: 9 }, victims: 'fighters' }, { kind: 'killed', contains: '3 من', count: { value: 3 }, victims: 'soldiers' }],
    },
    // Sub-groups: an adjective may stand before the next one, a «و» may stand alone, and a remark between commas
    // before the predicate that closes the phrase is the phrase's sub-group.
    {
      text: 'قتل 6 أشخاص بينهم قائد ميداني و3 ضباط في الهجوم على الحاجز',
      expect: [{ kind: 'killed', count: { value: 6 }, includes: [{ victims: 'fighters', count: { value: 1 } }, { victims: 'soldiers', count: { value: 3 } }] }],
    },
    {
      text: 'وأصيب 11 شخصا بينهم 4 أطفال و 3 نساء في القصف',
      expect: [{ kind: 'injured', count: { value: 11 }, includes: [{ victims: 'children', count: { value: 4 } }, { victims: 'women', count: { value: 3 } }] }],
    },
    {
      text: 'ولقي سبعة أشخاص، بينهم رضيعان، حتفهم في انهيار المبنى',
      expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people', includes: [{ victims: 'children', count: { value: 2 } }] }],
    },
    // A figure «من» a side: the side's members, also as a later member of a list.
    // Past a sub-group, a group of another class goes on with the sub-group, not the list.
    {
      text: 'ووثق الفريق مقتل 40 شخصا بينهم عنصران في الدفاع المدني، و7 أطفال، و6 نساء',
      expect: [{ kind: 'killed', count: { value: 40 }, victims: 'people' }],
    },
    // A sub-group of the first group is stepped over on the way to the second.
    {
      text: 'أسفرت الغارات عن مقتل ستة مدنيين بينهم طفلان في حي الكلاسة وأربعة مدنيين بينهم امرأة في حي المشهد',
      expect: [{ kind: 'killed', count: { value: 6 }, victims: 'civilians' }, { kind: 'killed', count: { value: 4 }, victims: 'civilians' }],
    },
    {
      text: 'قتل 30 مدنيا و12 من قوات النظام في المعارك',
      expect: [{ kind: 'killed', count: { value: 30 }, victims: 'civilians' }, { kind: 'killed', count: { value: 12 }, victims: 'soldiers' }],
    },
    { text: 'وقتل 9 من تنظيم الدولة في الغارة', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'fighters' }] },
    // A casualty noun, then «من/في» and a side: the side's members.
    { text: 'وأسفرت المعارك عن سقوط 6 قتلى من قوات النظام', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'soldiers' }] },
    { text: 'وتحدثت المصادر عن إصابة عدد من الجرحى في تنظيم الدولة', expect: [{ kind: 'injured', victims: 'fighters' }] },
    // «واحد» begins with و and joins nothing: «بعد يوم واحد من …» is no member of the list.
    { text: 'نفذ التنظيم إعدام شابين في الساحة، بعد يوم واحد من سيطرته على البلدة', expect: [{ kind: 'executed', count: { value: 2 } }] },
    {
      text: 'أقدم المسلحون على إعدام رجلين في قرية الشعلة بتهمة التعامل، وأربعة مدنيين بتهمة الفرار',
      expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }, { kind: 'executed', count: { value: 4 }, victims: 'civilians' }],
    },
    { text: 'أسفرت الغارة عن مقتل امرأتين وطفلين في حي الصناعة', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'وما زال ثلاثة آخرون مفقودين بعد غرق القارب', expect: [{ kind: 'missing', count: { value: 3 } }] },
    { text: 'وقال الطبيب إن من بين القتلى قائدا ميدانيا', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'fighters' }] },
    // A definite figure after the dead is their adjective; the group may also stand before «من بين».
    { text: 'وأوضح المصدر أن بين القتلى الخمسة ثلاثة مسعفين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'medical' }] },
    { text: 'وكان ثلاثة أطفال من بين الضحايا في الغارة الليلية', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    {
      text: 'سقط 9 مدنيين بين قتيل وجريح في قصف على السوق',
      expect: [{ kind: 'killed', count: { value: 9 }, victims: 'civilians' }, { kind: 'injured', count: { value: 9 }, victims: 'civilians' }],
    },
    {
      text: 'نفذت الفصائل عملية إعدام علنية في ساحة المدينة، صباح الجمعة، بحق ثلاثة رجال',
      expect: [{ kind: 'executed', count: { value: 3 }, victims: 'people' }],
    },
  ],
  'recall3 1 · a toll broken down by place: a bare figure, «في» and a place after the mention': [
    {
      text: 'وقتل ثلاثة مدنيين في مدينة حمص وخمسة في بلدة كفرنبل واثنان في ريف إدلب',
      expect: [
        { kind: 'killed', count: { value: 3 }, victims: 'civilians' },
        { kind: 'killed', contains: 'خمسة', count: { value: 5 }, victims: 'unspecified' },
        { kind: 'killed', contains: 'اثنان', count: { value: 2 }, victims: 'unspecified' },
      ],
    },
    {
      text: 'وسجلت المشافي 9 قتلى، و12 في مدينة حماة',
      expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'killed', contains: '12', count: { value: 12 } }],
    },
    // An item told with the casualty noun itself: a dual, or a singular with «واحد».
    {
      text: 'وأحصى المرصد تسعة قتلى في مدينة حلب، قتيلان في بلدة سراقب وقتيل واحد في مدينة إدلب',
      expect: [
        { kind: 'killed', count: { value: 9 } },
        { kind: 'killed', contains: 'قتيلان', count: { value: 2 } },
        { kind: 'killed', contains: 'قتيل واحد', count: { value: 1 } },
      ],
    },
    // «ب» joined to a place noun.
    { text: 'وأدت الغارات إلى مقتل سبعة أشخاص ببلدة عيناتا، و4 ببلدة يارون', expect: [{ kind: 'killed', count: { value: 7 } }, { kind: 'killed', contains: '4', count: { value: 4 } }] },
    // «من» and a place: where each figure is from.
    {
      text: 'واعتقلت الدورية سبعة شبان من بلدة الميادين، وثلاثة من قرية الشحيل',
      expect: [{ kind: 'detained', count: { value: 7 } }, { kind: 'detained', contains: 'ثلاثة', count: { value: 3 } }],
    },
    // A state after the figure names no place: no breakdown.
    { text: 'وقتل رجلان وأصيب ستة آخرون، وأربعة في حالة حرجة', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 6 } }] },
    // Villages no gazetteer holds, a singular item with no «واحد», a dual with «آخرين», and a bare figure after items.
    {
      text: 'وأعلنت الوزارة ارتقاء 11 شهيداً في بلدة عيتا، وشهيدين آخرين في كفرحمام وشهيد في دبعال وثلاثة في برعشيت',
      expect: [
        { kind: 'killed', count: { value: 11 } },
        { kind: 'killed', contains: 'شهيدين آخرين', count: { value: 2 } },
        { kind: 'killed', contains: 'شهيد', count: { value: 1 } },
        { kind: 'killed', contains: 'ثلاثة', count: { value: 3 } },
      ],
    },
    // A mention of no figure goes on with a counted group added to it.
    { text: 'وقتل جميع المهاجمين بالإضافة إلى 12 عنصراً من قوات الأمن', expect: [{ kind: 'killed', count: null }, { kind: 'killed', contains: '12', count: { value: 12 } }] },
    // Past a source, who is joined is the source's: «وناشطين» names no more dead.
    { text: 'وقتل 12 شخصا في أنحاء العاصمة، وفقاً لمصادر طبية وناشطين حقوقيين', expect: [{ kind: 'killed', count: { value: 12 } }] },
    // Guard: past the source's comma the list goes on.
    { text: 'وقتل 12 شخصا في حلب حسب المرصد، و5 آخرون في إدلب', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'killed', contains: '5', count: { value: 5 } }] },
    // A condition or a time after «في» is no village; a list that names no place yet takes no unknown word for one.
    { text: 'وأصيب 9 أشخاص، وجريحان في حال خطرة', expect: [{ kind: 'injured', count: { value: 9 } }] },
    { text: 'واعتقلت القوات 12 شخصا، و3 في منتصف الليل', expect: [{ kind: 'detained', count: { value: 12 } }] },
    // Two kinds ending on one token both continue their lists.
    { text: 'وسقط 12 مدنيا بين قتيل وجريح في بلدة كفرنبل، وقتيلان في بلدة الأتارب', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'injured', count: { value: 12 } }, { kind: 'killed', contains: 'قتيلان', count: { value: 2 } }] },
    // Not a time after «في», nor an item far from a list.
    { text: 'وأصيب خمسة مدنيين بجروح، وشهيد في وقت لاحق متأثرا بجراحه', expect: [{ kind: 'injured', count: { value: 5 } }] },
  ],
  'recall3 2 · titled persons named in quotes or with a nickname, joined by «و»': [
    { text: 'وأسفر القصف عن مقتل الشاب "وليد سعيد" والفتى "مازن" (15 عاما)', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'قتل الشاب “رامي” المعروف بالحاج والطفل كريم ناصر برصاص قناص', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأصيب الطفل "أيمن" بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 1 } }] },
    // A name given by «يدعى/تدعى» after the noun, then someone joined to the person.
    { text: 'أدى القصف إلى مقتل سيدة تدعى سعاد الأحمد والطفل يزن', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وقتل رجل يدعى "أبو فارس" وابنه برصاص مجهولين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
  ],
  'counts15 2 · a list of persons aged in brackets goes on past kin and closes with a name alone': [
    // A dual age word stands alone in its brackets: two years, a child.
    { text: 'وأدى القصف إلى مقتل ليلى سامر حسون (6 سنوات)، ويوسف سامر حسون (عامان)، وتيم خالد حسون (4 سنوات)', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    // Kin aged like a name, then a last name with no age up to the end of the sentence.
    { text: 'واعتقلت القوة خالد يوسف عيسى (52 عامًا)، وشقيقه نادر (45 عامًا)، وسليم داود', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'استشهد عادل حمدان (33 عاما)، وماجد سلامة (29 عاما)، وأصيب آخرون بالرصاص', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { vague: 'some' } }] },
    // «كل من» goes on past one kin person; it ends after a group of two or more, whose names may follow it.
    { text: 'وأصيب كل من زينب الإبراهيم (40 عاماً)، وابنتها ريم الهلال (16 عاماً) وطفلاها فادي الهلال (12 عاماً) وعمر الهلال (10 أعوام)', expect: [{ kind: 'injured', count: { value: 4 } }] },
  ],
  'counts15 4 · a verb\'s ending tells the singular victim noun nearest before it, past a name and a description': [
    { text: 'وأفاد المراسل أن مدير مستشفى البلدة، خالد سعيد، اختطف أمس من قبل مجهولين', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'medical' }] },
    { text: 'ونعى زملاؤه الصحفي الشاب رامي ناصر، الذي لقي حتفه في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'journalists' }] },
    // A nationality or a second definite victim word after the noun is its adjective.
    { text: 'نعى ناشطون الطبيبة السودانية سلمى أحمد، التي فقدت حياتها في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'medical' }] },
    // The nearest person names no class, or an actor stands between: a person.
    { text: 'وقال الطبيب إن شابا من البلدة قتل في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقالت مصادر إن الشاب سامر خليل أصيب بجروح في القصف', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'counts15 5 · «منهم» after a quantifier, and its group in the sentence before': [
    { text: 'أطلق الجنود قنابل الغاز صوب المتظاهرين، واعتقلوا عدداً منهم', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'وأوضح المتحدث أن أربعة مسلحين هاجموا الحاجز. وقتل ثلاثة منهم في الاشتباك', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    // «الأسرى» are prisoners, a casualty word, not «أسر» (families).
    { text: 'ووصل الأسرى إلى المدينة في حالة سيئة، فيما توفي عدد منهم خلال الرحلة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'unspecified' }] },
  ],
  'counts15 6 · counted fighters and counted soldiers joined by «و» are two tolls, one per side': [
    { text: 'وقتل ستة مسلحين وأربعة جنود في الاشتباكات قرب الحدود', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'fighters' }, { kind: 'killed', count: { value: 4 }, victims: 'soldiers' }] },
    { text: 'ولقي ثلاثة مسلحين على الأقل واثنان من أفراد الأمن حتفهم في الهجوم', expect: [{ kind: 'killed', count: { min: 3 }, victims: 'fighters' }, { kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    // Soldiers and civilians, or an uncounted bomber and a soldier, are one toll.
    { text: 'قتل 4 جنود و3 مدنيين في التفجير', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    { text: 'لقي الانتحاري وجندي حتفهما في التفجير', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'counts15 7 · kin pointing back at a civilian are civilians': [
    { text: 'وأدى القصف إلى مقتل المواطن خليل ناصر وزوجته وأبنائه الأربعة', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'civilians' }] },
    { text: 'وذكرت مصادر طبية أن مواطنا وابنه وزوجته قتلوا في الغارة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    // A person's or a woman's kin stay persons.
    { text: 'قتل رجل وزوجته وأطفاله الثلاثة في القصف', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
  ],
  'counts15 8 · a counted victim noun in quotes': [
    { text: 'وأعلنت الشرطة اعتقال أربعة «متشددين» بعد المداهمة', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'fighters' }] },
    { text: 'وقال الجيش إنه قتل 7 "إرهابيين" في الاشتباك قرب الحدود', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'fighters' }] },
  ],
  'counts15 9 · «ومعه/وبرفقته» joins company as «مع» does': [
    { text: 'قتل قائد الكتيبة ومعه أربعة من مرافقيه في الغارة', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'واعتقلت القوة الشاب سامر وبرفقته ثلاثة آخرون على الحاجز', expect: [{ kind: 'detained', count: { value: 4 } }] },
  ],
  'counts15 10 · a name that begins with «و» right after a bare title is its person': [
    { text: 'استشهد الشاب وائل خالد الحسن (19 عاما) برصاص قوات الاحتلال', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وأصيب الطفل وليد سامر (10 أعوام) بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // «وو» is «و» and such a name: a second person.
    { text: 'قتل الطفل ووليد حسن (30 عاما) في القصف', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'counts15 11 · others of a family are persons, not the class before': [
    { text: 'واستشهد الطفل يوسف في القصف وأصيب 5 آخرين من عائلته بجروح', expect: [{ kind: 'killed', victims: 'children' }, { kind: 'injured', count: { value: 5 }, victims: 'people' }] },
    { text: 'قتلت امرأة وأصيب آخرون من أسرة واحدة في الغارة', expect: [{ kind: 'killed', victims: 'women' }, { kind: 'injured', count: { vague: 'some' }, victims: 'people' }] },
  ],
  'counts15 12 · a campaign names its victims by the group it is waged against': [
    { text: 'وصعدت الميليشيا من حملات الاعتقالات التي تشنها بحق المدنيين في الريف', expect: [{ kind: 'detained', count: null, victims: 'civilians' }] },
    { text: 'وشنت القوات حملة اعتقالات في صفوف مواطني البلدة', expect: [{ kind: 'detained', count: null, victims: 'civilians' }] },
    { text: 'وشنت القوات حملة اعتقالات في البلدة', expect: [{ kind: 'detained', count: null, victims: 'unspecified' }] },
  ],
  'recall3 3 · a head with what it is of, then counted others joined to it': [
    { text: 'وأسفر الهجوم عن مقتل قائد الكتيبة الثالثة في الفصيل أبو سمير، و9 عناصر آخرين', expect: [{ kind: 'killed', count: { value: 10 } }] },
    { text: 'أدى الانفجار إلى مقتل مسؤول الأمن في البلدة، وثلاثة حراس آخرين', expect: [{ kind: 'killed', count: { value: 4 } }] },
  ],
  'recall3 4 · kin in a list: an adjective after kin with its pronoun, kin in construct, kin pointing back past a phrase': [
    { text: 'قتل مزارع وزوجته المسنة وحفيدهما في قصف على القرية', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'أصيب عامل وابن عمه بشظايا قذيفة', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'وقضت أسرة مكونة من رجل وزوجته ووالدة زوجته وثلاثة أطفال في القصف', expect: [{ kind: 'killed', count: { value: 6 } }] },
    { text: 'واستشهد شاب من سكان الحي وشقيقه الأصغر ووالدتهما جراء القصف', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
  ],
  'recall3 5 · a group, a comma, then «(ما) بين قتيل وجريح»': [
    // A place in «في» or «بـ» may part the group from it.
    { text: 'وخلال عامين سقط مئات المدنيين في محافظة تعز بين قتيل وجريح', expect: [{ kind: 'killed', count: { min: 100, vague: 'hundreds' }, victims: 'civilians' }, { kind: 'injured', count: { min: 100, vague: 'hundreds' } }] },
    // A definite word is no kin with a pronoun: «والأبنية» (and the buildings) is not «وابنيه» (and his two sons).
    { text: 'وسقط 12 مدنيا بين قتيل وجريح جراء القصف على المرتفعات والأبنية السكنية', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'injured', count: { value: 12 } }] },
    // A «بينهم» sub-group between them belongs to the group, which both kinds share.
    { text: 'وسقط 12 مدنيا بينهم نساء بين قتيل وجريح', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'injured', count: { value: 12 } }] },
    { text: 'سقط تسعة أشخاص، بينهم ثلاثة أطفال، بين قتيل وجريح', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { value: 9 } }] },
    // A figure of «ضحايا», a word of both kinds, is the group too: one reading per kind, not a third of victims.
    { text: 'وأسفرت الاشتباكات عن سقوط عشرات الضحايا بين قتلى وجرحى في الحي', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, contains: 'عشرات الضحايا بين قتلى وجرحى' }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    // The «و» written apart.
    { text: 'وأكدت المصادر سقوط عدد من عناصر الجيش بين قتيل و جريح في الهجوم', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    {
      text: 'وخلال الشهر الماضي سقط 418 مدنياً، ما بين قتيل وجريح، في المحافظة',
      expect: [{ kind: 'killed', count: { value: 418 }, victims: 'civilians' }, { kind: 'injured', count: { value: 418 }, victims: 'civilians' }],
    },
    // The group's side in construct, read as one actor with its noun, stands before «بين».
    { text: 'وأسفر الكمين عن سقوط عدد من جنود الجيش التركي بين قتيل وجريح', expect: [{ kind: 'killed', victims: 'soldiers' }, { kind: 'injured', victims: 'soldiers' }] },
    {
      text: 'وأسفر الكمين عن سقوط عدد من جنود النظام بين قتيل وجريح',
      expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'soldiers' }, { kind: 'injured', count: { vague: 'some' }, victims: 'soldiers' }],
    },
  ],
  'recall3 6 · the counted dead told again as searched for, mourned or identified': [
    {
      text: 'قتل 14 شخصا في القصف على السوق. وواصل الأهالي البحث عن القتلى والجرحى والمفقودين، ثم بدأ تشييع عدد من القتلى',
      expect: [{ kind: 'killed', count: { value: 14 } }, { kind: 'missing' }],
    },
    { text: 'وأعلنت الوزارة مقتل 22 مدنيا في الغارة، وقد تم التعرف على جثث 9 منهم', expect: [{ kind: 'killed', count: { value: 22 } }] },
  ],
  'recall3 7 · a dual casualty participle after a verb of falling counts two': [
    { text: 'وسقط قتيلان في الاشتباك على أطراف البلدة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'unspecified' }] },
  ],
  'recall3 8 · a group joined past its «على الأقل»': [
    // One at least takes a singular verb: the subject before it, the wounded after it a group of their own.
    { text: 'وأكدت القوات المشتركة أن مدنيا على الأقل قتل وأصيب 5 آخرين في حصيلة أولية', expect: [{ kind: 'killed', count: { min: 1 }, victims: 'civilians' }, { kind: 'injured', count: { value: 5 } }] },
    { text: 'قتل 12 مدنيا على الأقل وثلاثة من رجال الإسعاف في القصف', expect: [{ kind: 'killed', count: { min: 15 } }] },
    { text: 'وقالت المصادر إن 20 عاملا على الأقل وخمسة جنود قتلوا في الهجوم', expect: [{ kind: 'killed', count: { min: 25 }, victims: 'people' }] },
  ],
  'recall3 9 · a figure of two of a plural takes a plural verb': [
    { text: 'وأفاد مصدر طبي بأن اثنين من الصيادين قتلوا وأصيب ثلاثة آخرون', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 3 } }] },
  ],
  'recall3 10 · a group, a form of «كان», then «(من) بين/ضمن القتلى»': [
    { text: 'وقالت الشرطة إن ثلاثة صيادين كانوا ضمن القتلى', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'وأكد المستشفى أن امرأة وطفلها كانا من بين الضحايا', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'cascade 4 · tolls': [
    // A verb of exceeding before a figure shared by joined casualty nouns bounds it for each.
    { text: 'وقالت اللجنة إن ضحايا القصف تخطت 140 قتيلا وجريحا', expect: [{ kind: 'killed', count: { min: 140 } }, { kind: 'injured', count: { min: 140 } }] },
    // A toll's dead are named before its figure: a side in construct with them, or a class after «في صفوف/من».
    { text: 'وارتفع عدد قتلى حزب الله منذ بدء المعارك إلى 215', expect: [{ kind: 'killed', count: { value: 215 }, victims: 'fighters' }] },
    // The side in quotes is still the genitive of the dead: theirs, no agent.
    { text: 'وبذلك ترتفع حصيلة قتلى "حزب الله" إلى 230 منذ بدء المواجهات', expect: [{ kind: 'killed', count: { value: 230 }, victims: 'fighters', actors: [] }] },
    // A bare figure joined to a mention of the other kind is of the class that mention names.
    { text: 'وأسفر الكمين عن مقتل 4 وإصابة 7 من عناصر الشرطة', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 7 }, victims: 'soldiers' }] },
    { text: 'قتل 3 وأصيب 5 واعتقل 7 من المسلحين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }, { kind: 'injured', count: { value: 5 }, victims: 'fighters' }, { kind: 'detained', count: { value: 7 }, victims: 'fighters' }] },
    // Guard: an age or sex is no class of the dead told by a bare figure.
    { text: 'قتل 3 وأصيب 9 أطفال بانفجار لغم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'unspecified' }, { kind: 'injured', count: { value: 9 }, victims: 'children' }] },
    // What a weapon struck is no agent of the deaths it caused.
    { text: 'انفجرت عبوة ناسفة استهدفت قوات النظام، ما أدى إلى مقتل 4 عناصر', expect: [{ kind: 'killed', count: { value: 4 }, actors: [] }] },
    // An agent stated after a sub-group told between commas is still the mention's.
    { text: 'وشهدت المدينة يوما داميا راح ضحيته أربعة مدنيين، بينهم طفلة، جراء استهداف مباشر من قبل قوات النظام', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['syrian-government'] }] },
    { text: 'ارتفعت حصيلة الشهداء في صفوف المدنيين جراء القصف إلى 48', expect: [{ kind: 'killed', count: { value: 48 }, victims: 'civilians' }] },
    // The toll of those who («من») a casualty verb, or «تم» and its noun, befell.
    { text: 'وارتفع عدد من قتلوا في المجزرة إلى 37 شخصا', expect: [{ kind: 'killed', count: { value: 37 }, victims: 'people' }] },
    { text: 'وبلغ عدد من تم اعتقالهم منذ بداية الحملة 120', expect: [{ kind: 'detained', count: { value: 120 } }] },
    // A noun of the event the toll is in («في المجزرة»، «بالمجزرة») opens no statement of its own.
    { text: 'وارتفع عدد القتلى في مجزرة السوق إلى 23', expect: [{ kind: 'killed', count: { value: 23 } }] },
    { text: 'ارتفع إلى 40 على الأقل، عدد الأشخاص الذين قضوا في التفجير', expect: [{ kind: 'killed', count: { min: 40 }, cause: 'explosion' }] },
    { text: 'ارتفعت حصيلة القتلى في بلدة الهبيط إلى 17 شخصا', expect: [{ kind: 'killed', count: { value: 17 }, victims: 'people' }] },
    // A casualty plural right after a rising word is the toll itself: one mention up to the figure after «إلى».
    { text: 'ارتفاع ضحايا تفجير السوق الشعبي في مدينة الباب إلى 19 قتيلا', expect: [{ kind: 'killed', count: { value: 19 }, victims: 'unspecified', cause: 'explosion' }] },
    { text: 'وارتفع جرحى القصف على الحي إلى 35 شخصا', expect: [{ kind: 'injured', count: { value: 35 }, victims: 'people' }] },
    {
      // Issue 16.2: the toll continues the strike at its place, not the execution just before; the source stops at the toll.
      text: 'قصفت طائرات روسية بلدة كفرسجنة وقتلت 4 مدنيين. وفي الرقة أعدم تنظيم الدولة رجلين. وأعلن الدفاع المدني ارتفاع حصيلة القتلى في كفرسجنة إلى 9 قتلى',
      expect: [
        { kind: 'killed', count: { value: 4 }, actors: ['russia'] },
        { kind: 'executed', count: { value: 2 }, actors: ['isis'] },
        { kind: 'killed', contains: 'حصيلة', count: { value: 9 }, actors: ['russia'], source: 'الدفاع المدني' },
      ],
    },
    {
      // The deaths that raised a toll, in its sentence, are that toll's event, not the execution before.
      text: 'استهدفت طائرات روسية سوق بلدة أريحا فقتلت 6 مدنيين. وأعدم تنظيم الدولة شابا في الرقة. وارتفعت حصيلة القتلى في أريحا إلى 10 بعد وفاة 4 من الجرحى',
      expect: [
        { kind: 'killed', count: { value: 6 }, actors: ['russia'] },
        { kind: 'executed', actors: ['isis'] },
        { kind: 'killed', contains: 'حصيلة', count: { value: 10 }, actors: ['russia'] },
        { kind: 'killed', contains: 'وفاة 4', count: { value: 4 }, actors: ['russia'] },
      ],
    },
    {
      text: 'أعدم تنظيم الدولة 3 رجال في الميادين. وارتفعت حصيلة القتلى إلى 12 قتيلا',
      expect: [{ kind: 'executed', count: { value: 3 } }, { kind: 'killed', contains: 'حصيلة', count: { value: 12 }, actors: [] }],
    },
    // The figure before its toll noun, after «وارتفع»; a figure that counts its own noun is no figure of a toll after it,
    // nor is one past a clause opener («في حين»، «كما»).
    { text: 'وارتفع إلى 12 على الأقل عدد الضحايا في الحي', expect: [{ kind: 'killed', count: { min: 12 } }] },
    {
      text: 'وقال المكتب إن عدد قتلى القصف على البلدة ارتفع إلى ستين شخصا، في حين بلغ عدد الجرحى ثمانين',
      expect: [{ kind: 'killed', count: { value: 60 } }, { kind: 'injured', contains: 'عدد الجرحى', count: { value: 80 } }],
    },
    {
      text: 'وأعلنت الوزارة أن عدد الشهداء منذ بدء العدوان ارتفع إلى 9 آلاف و120، كما زاد عدد الجرحى إلى 21 ألفا و305',
      expect: [{ kind: 'killed', count: { value: 9120 } }, { kind: 'injured', contains: 'عدد الجرحى', count: { value: 21305 } }],
    },
    // «وتجاوز» before the toll noun is a lower bound through its «و»; «زاد … إلى» rose to the figure.
    { text: 'وتجاوز عدد القتلى 40 قتيلا في اليوم الأول', expect: [{ kind: 'killed', count: { min: 40 } }] },
    // A toll of a strike counts the people its figure names; a definite decade after «تجاوز/إلى» is a figure.
    { text: 'وقال الدفاع المدني إن حصيلة القصف على السوق ارتفعت إلى 19 شخصا', expect: [{ kind: 'killed', count: { value: 19 }, victims: 'people' }] },
    { text: 'وبلغت حصيلة التفجير الانتحاري 8 أشخاص', expect: [{ kind: 'killed', count: { value: 8 }, victims: 'people' }] },
    { text: 'وأعلنت الشرطة أن حصيلة حملة الاعتقالات بلغت 30 شخصا', expect: [{ kind: 'detained', count: { value: 30 } }] },
    { text: 'وتجاوز عدد الجرحى الستين في الأيام الثلاثة', expect: [{ kind: 'injured', count: { min: 60 } }] },
    { text: 'وارتفع عدد القتلى إلى الأربعين', expect: [{ kind: 'killed', count: { value: 40 } }] },
    // One figure after joined plurals of two kinds counts both; a casualty noun after it counts its own kind alone.
    { text: 'وارتفع عدد القتلى والمصابين جراء انفجار الصهريج إلى 26 شخصا', expect: [{ kind: 'killed', count: { value: 26 } }, { kind: 'injured', count: { value: 26 } }] },
    { text: 'ارتفعت أعداد جرحى وقتلى الكمين إلى 14 عنصرا', expect: [{ kind: 'injured', count: { value: 14 }, victims: 'fighters' }, { kind: 'killed', count: { value: 14 }, victims: 'fighters' }] },
    { text: 'وبلغ عدد القتلى والجرحى 12 قتيلا و31 جريحا', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'injured', count: { value: 31 } }] },
    // The bare figure past the toll's place may be a bound.
    { text: 'وبلغ عدد القتلى في مدينة الباب أكثر من 70.', expect: [{ kind: 'killed', count: { min: 70 } }] },
    // A colleague is a person.
    { text: 'قتل مصور صحفي وأصيب زميل له بشظايا قذيفة', expect: [{ kind: 'killed', victims: 'journalists' }, { kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'قتل مصور صحفي وأصيبت زميلته بشظايا قذيفة', expect: [{ kind: 'killed', victims: 'journalists' }, { kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'وأصيب 3 من زملائه بجروح في القصف', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'people' }] },
    { text: 'وارتفع عدد القتلى والجرحى إلى 45، بينهم 12 جريحا', expect: [{ kind: 'killed', count: { value: 45 } }, { kind: 'injured', count: { value: 12 } }] },
    { text: 'وارتفع عدد القتلى والمعتقلين إلى 40', expect: [{ kind: 'killed', count: { value: 40 } }] },
    // A definite casualty participle after the people counted is what befell them; they are its victims.
    { text: 'وارتفع عدد العمال المصابين في حريق المستودع بعد القصف إلى 17 عاملا', expect: [{ kind: 'injured', count: { value: 17 } }] },
    { text: 'وبلغ عدد المدنيين القتلى منذ مطلع الشهر 64', expect: [{ kind: 'killed', count: { value: 64 }, victims: 'civilians' }] },
    { text: 'وبلغ عدد الأطفال المصابين بالكوليرا في المخيم 300', expect: [] },
    // A verb of reaching before the toll has its figure of people past the toll's adjuncts; a date is no figure.
    { text: 'وبلغ عدد القتلى من الأطفال في المخيم خلال الشتاء 23 طفلا', expect: [{ kind: 'killed', count: { value: 23 }, victims: 'children' }] },
    { text: 'وبلغ عدد الجرحى في المحافظة خلال عام 2019 قرابة 640 شخصا', expect: [{ kind: 'injured', count: { value: 640, approximate: true }, victims: 'people' }] },
    { text: 'ووصل عدد ضحايا الغارات التي استهدفت الحي منذ 3 أيار 41 شخصا', expect: [{ kind: 'killed', count: { value: 41 }, victims: 'people' }] },
    // «وعددهم» right after a casualty plural, and a present verb of exceeding after one.
    { text: 'وتوفي اثنان من المصابين، أما الجرحى الباقون وعددهم 11 فحالتهم مستقرة', expect: [{ kind: 'killed' }, { kind: 'injured', contains: 'وعددهم 11', count: { value: 11 } }] },
    { text: 'والمصابون يتجاوزون 70 وفق مصادر طبية', expect: [{ kind: 'injured', count: { min: 70 } }] },
    // A figure of groups joined by «و» counts them all, however many are joined.
    { text: 'وبلغ عدد قتلى الطواقم الطبية 120 من الأطباء والممرضين والمسعفين', expect: [{ kind: 'killed', count: { value: 120 }, victims: 'medical' }] },
  ],
  'cascade 4f · nominal: sub-group lists and a counted group with a casualty participle': [
    // A definite victim noun agreeing with the dead is their adjective before the counted group.
    { text: 'وكان من بين الضحايا الفلسطينيين 38 طفلا', expect: [{ kind: 'killed', count: { value: 38 }, victims: 'children' }] },
    // A class named after the last counted noun of a list joined by «و» is that of the counted nouns before it.
    { text: 'وأحصت المنظمة 17 قتيلا و35 جريحا في صفوف المدنيين خلال الأسبوع', expect: [{ kind: 'killed', count: { value: 17 }, victims: 'civilians' }, { kind: 'injured', count: { value: 35 }, victims: 'civilians' }] },
    { text: 'وأحصت المنظمة 17 قتيلا من قوات النظام و35 جريحا من المدنيين', expect: [{ kind: 'killed', count: { value: 17 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 35 }, victims: 'civilians' }] },
    // A definite participle in «ين» joined to a vague figure's noun is its plural and shares the figure, no dual.
    { text: 'وخلفت الحملة عشرات المصابين والمعتقلين في المخيم', expect: [{ kind: 'injured', count: { vague: 'tens', min: 10 } }, { kind: 'detained', count: { vague: 'tens', min: 10 } }] },
    // «بين» with its «و», and the dead in construct with what killed them, list a sub-group.
    { text: 'وبين القتلى ثلاث نساء وطفل', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'ومن بين ضحايا التفجير خمسة من عناصر الشرطة', expect: [{ kind: 'killed', contains: 'خمسة', count: { value: 5 } }] },
    { text: 'وبين جرحى القصف المدفعي طفلان', expect: [{ kind: 'injured', contains: 'طفلان', count: { value: 2 }, victims: 'children' }] },
    // Counted members joined by «و» (a comma may stand before it) are one list, summed.
    { text: 'ومن بين ضحايا الكمين ستة من الجنود النظاميين، وسائقان مدنيان', expect: [{ kind: 'killed', contains: 'وسائقان', count: { value: 8 }, victims: 'people' }] },
    // An indefinite participle that agrees with the counted group before it tells what befell the group.
    { text: 'ونقل إلى مستشفى المدينة ستة عمال مصابين بحروق', expect: [{ kind: 'injured', contains: 'ستة عمال مصابين', count: { value: 6 }, victims: 'civilians' }] },
    { text: 'وخرج من تحت الركام شاب مصاب بكسور', expect: [{ kind: 'injured', contains: 'شاب مصاب', count: { value: 1 } }] },
    // From eleven on the participle is singular; a feminine one's «ة» is its gender, not «his».
    { text: 'وسجل التقرير 315 امرأة شهيدة و402 امرأة جريحة منذ بدء الحرب', expect: [{ kind: 'killed', count: { value: 315 }, victims: 'women' }, { kind: 'injured', count: { value: 402 }, victims: 'women' }] },
  ],
  'cascade 4e · a toll of prisoners or the wounded who died counts the dead': [
    // The relative clause or the definite participle after the people counted says what befell them.
    { text: 'وأفادت الهيئة بأن عدد الأسرى الذين استشهدوا في السجون ارتفع إلى 41 أسيرا منذ مطلع العام', expect: [{ kind: 'killed', count: { value: 41 }, victims: 'people' }] },
    { text: 'ويرتفع بذلك عدد المعتقلين القتلى في سجون الجماعة إلى 19', expect: [{ kind: 'killed', contains: 'عدد المعتقلين القتلى', count: { value: 19 }, victims: 'people' }] },
    { text: 'وارتفع عدد الجرحى الذين توفوا متأثرين بإصاباتهم إلى 8 أشخاص', expect: [{ kind: 'killed', count: { value: 8 } }] },
    // The same kind after them says nothing new: prisoners arrested are a detention toll.
    { text: 'وارتفع عدد الأسرى الذين اعتقلوا منذ بدء الحملة إلى 230 أسيرا', expect: [{ kind: 'detained', count: { value: 230 } }] },
  ],
  'recall15 · a toll of people whose relative clause tells what befell them by a pronoun back or «تعرض»': [
    // An active verb with its object pronoun, a verbal noun with a pronoun a few words in, «تعرضوا لـ» and a casualty noun.
    { text: 'وقال الناشطون إن عدد الشبان الذين اختطفتهم الميليشيا من القرية بلغ 12 شابا', expect: [{ kind: 'detained', count: { value: 12 } }] },
    { text: 'وارتفع إلى 27 تعداد الذين أكدت المنظمة مقتلهم في مراكز الاحتجاز منذ بداية العام', expect: [{ kind: 'killed', count: { value: 27 }, victims: 'people' }] },
    { text: 'وذكر المصدر أن عدد الذين تعرضوا للاعتقال في المدينة تجاوز الخمسين شخصا', expect: [{ kind: 'detained', count: { min: 50 }, victims: 'people' }] },
    // A relative clause of no casualty makes no toll.
    { text: 'وبلغ عدد الذين حضروا الاجتماع 300 شخص', expect: [] },
  ],
  'cascade 4d · a side’s own dead and wounded («قتلاه»، «جرحاهم»)': [
    { text: 'وأعلنت الحركة مقتل اثنين من عناصرها، ليرتفع بذلك مجموع قتلاها إلى 97 منذ بدء المواجهات', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', count: { value: 97 } }] },
    { text: 'وقالت الجماعة إن عدد جرحاها بلغ 40', expect: [{ kind: 'injured', count: { value: 40 } }] },
  ],
  'cascade 4c · tolls that name no casualty': [
    // A rising toll with no casualty noun continues the kind of the mention before it.
    {
      text: 'قتل 4 مدنيين في غارة على القرية. وفي المساء استهدفت غارة أخرى الطريق، لترتفع الحصيلة إلى 9',
      expect: [{ kind: 'killed', contains: '4 مدنيين', count: { value: 4 } }, { kind: 'killed', contains: 'الحصيلة إلى 9', count: { value: 9 } }],
    },
    // A second casualty plural of the toll takes its own figure.
    {
      text: 'وأعلنت الوزارة ارتفاع حصيلة ضحايا القصف على المدينة إلى 1250 قتيلا، والجرحى إلى 4300',
      expect: [{ kind: 'killed', count: { value: 1250 } }, { kind: 'injured', contains: 'الجرحى إلى 4300', count: { value: 4300 } }],
    },
    // Massacres counted are events: their victims are the toll after them.
    {
      text: 'وأشارت إلى أن القوات ارتكبت 12 مجزرة خلال اليوم، راح ضحيتها 140 قتيلا و250 جريحا',
      expect: [{ kind: 'killed', contains: '140', count: { value: 140 } }, { kind: 'injured', count: { value: 250 } }],
    },
    { text: 'قتلى الاشتباكات بلغوا 19 شخصا منذ الصباح', expect: [{ kind: 'killed', contains: 'بلغوا 19 شخصا', count: { value: 19 } }] },
    // A figure that counts something else is no toll.
    { text: 'قتل 3 أشخاص في القصف على الحي. وارتفع إلى 500 ليرة سعر ربطة الخبز', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // Another subject between the mention and the rise makes the rise its own: a figure nothing casualty counts, a
    // mention of another kind nearer, another rising verb; with no toll noun, the mention must be in the same sentence.
    { text: 'قتل 3 مدنيين في القصف على سراقب. ونزح آلاف السكان من المدينة، وارتفع العدد إلى 5000.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'أصيب 7 أشخاص بجروح في القصف، وغادر مئات الأهالي الحي، ليرتفع العدد إلى 900.', expect: [{ kind: 'injured', count: { value: 7 } }] },
    { text: 'قتل جندي في الهجوم. وارتفع سعر صرف الدولار، ثم ارتفع إلى 15000، بحسب الصرافين.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'قتل طفلان في الغارة. ثم ارتفع إلى 30 بحسب الأهالي.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'قتل 8 أشخاص في الانفجار، واعتقلت الشرطة 3 شبان. وارتفع العدد إلى 12.', expect: [{ kind: 'killed', count: { value: 8 } }, { kind: 'detained', count: { value: 3 } }] },
    { text: 'قتل جنديان في الهجوم، ورفعت الوزارة إلى 4 مستوى التأهب، وارتفع إلى 20.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'قتل 5 أشخاص بينهم 3 أطفال في الغارة، لترتفع الحصيلة إلى 9.', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'killed', contains: 'الحصيلة إلى 9', count: { value: 9 } }] },
  ],
  'cascade 4b · toll lists and figures before their noun': [
    // A conjunct with its own numeral adjective counts by it, not by the figure before.
    { text: 'وخلف القصف أربعة قتلى ومصابين اثنين', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', count: { value: 2 } }] },
    // The head of a list of figures may be a dual or singular noun; a dual after a figure counts itself.
    { text: 'استقبل المشفى الميداني قتيلين و14 جريحا بعد القصف', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 14 } }] },
    { text: 'أحصى المسعفون 6 قتلى وجريحين في موقع الانفجار', expect: [{ kind: 'killed', count: { value: 6 } }, { kind: 'injured', count: { value: 2 } }] },
    { text: 'وسجلت الفرق 31 حالة وفاة، وأكثر من 120 إصابة', expect: [{ kind: 'killed', count: { value: 31 } }, { kind: 'injured', count: { min: 120 } }] },
    // «على الأقل» after the noun: the phrase still starts at the figure.
    { text: 'نقلت الفرق 9 شهداء على الأقل إلى مستشفى البلدة', expect: [{ kind: 'killed', contains: '9 شهداء', count: { min: 9 } }] },
    { text: 'أعلن الجيش مقتل خمسة من عناصر الأمن على الأقل في الكمين', expect: [{ kind: 'killed', count: { min: 5 }, victims: 'soldiers' }] },
    {
      // A toll list goes on with bare figures that name their side, and with «بالإضافة إلى».
      text: 'وبذلك ترتفع الحصيلة الكلية للقتلى منذ الأحد إلى 40 في صفوف الجيش، و27 في صفوف المسلحين، بالإضافة إلى خمسة مدنيين',
      expect: [
        { kind: 'killed', contains: 'للقتلى', count: { value: 40 } },
        { kind: 'killed', contains: '27', count: { value: 27 } },
        { kind: 'killed', contains: 'خمسة مدنيين', count: { value: 5 }, victims: 'civilians' },
      ],
    },
    { text: 'وسجلت المستشفيات حتى مساء أمس (6) وفيات و(14) إصابات', expect: [{ kind: 'killed', count: { value: 6 } }, { kind: 'injured', count: { value: 14 } }] },
    { text: 'ارتفع عدد الضحايا منذ بدء الحرب إلى 4120 شهيدا و12850 إصابة', expect: [{ kind: 'killed', count: { value: 4120 } }, { kind: 'injured', count: { value: 12850 } }] },
  ],
  'surface · a line broken inside a sentence, after a word that cannot end a phrase': [
    { text: 'سقطت قذيفة على السوق ولم يصب أحد\nمقتل 3 جنود في هجوم على حاجز', expect: [{ kind: 'killed', count: { value: 3 }, cause: null }] },
    { text: 'وقال ناشطون إن\nقوات النظام قتلت خمسة مدنيين في\nبلدة كفرنبل', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians', actors: ['syrian-government'] }] },
    { text: 'ارتفع عدد\nضحايا القصف على المدينة إلى 31 قتيلا', expect: [{ kind: 'killed', count: { value: 31 } }] },
    // A headline ends its own line.
    { text: 'مقتل مدني في درعا\nقتل مدني برصاص مجهولين في بلدة طفس', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 } }] },
  ],
  'surface · an emoji separates words as a space does': [
    { text: 'قتل 12 مدنياً😢 بقصف روسي على البلدة', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'civilians', actors: ['russia'] }] },
    { text: 'قتل 12 🚨 مدنياً في قصف على البلدة', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'civilians' }] },
    { text: '🔴عاجل: استشهاد 3 أطفال🔴 في غارة على المخيم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
  ],
  'surface · words run together past a word-final ة or ى': [
    { text: 'وأدى الانفجار إلىمقتل سبعة أشخاص في السوق', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people', cause: 'explosion' }] },
    { text: 'عبوةناسفة تقتل جنديين قرب الحدود', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers', cause: 'explosion' }] },
    // A headline run into its lead before a verb of martyrdom: letters that are no clitic chain are a word of their own.
    { text: 'غارة جوية على بلدة الزبدانياستشهد ثلاثة مدنيين صباح اليوم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'قصف على حي الشعاراستشهد 6 أطفال وأصيب آخرون', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'children' }, { kind: 'injured', count: { vague: 'some' } }] },
    // Clitics before the stem stay in its word.
    { text: 'وقصفت المدفعية القرية فاستشهد 4 مزارعين، وبالاستشهاد ختم حياته', expect: [{ kind: 'killed', count: { value: 4 } }] },
  ],
  'cascade 5 · idioms': [
    // The dual of the death idiom's object, and the pilot among the crew (not «حاجز طيار», a flying checkpoint).
    { text: 'وقالت الحركة إن اثنين من مقاتليها لقيا حتفيهما في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }] },
    // The plural «مصارع» of the idiom's object, past a sub-group between commas.
    { text: 'لقي 12 نازحا، بينهم نساء، مصارعهم في قصف مخيم الإيواء', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'وسقطت الطائرة المسيرة ما تسبب بمقتل الطيار على الفور', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'crew' }] },
    // A dual verbal noun after a result word counts two.
    { text: 'وأفاد مراسلنا بوقوع إصابتين في صفوف المسعفين', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'وخلفت الغارة سقوط قتيل وإصابتين في البلدة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 } }] },
    // An approximate figure counts a singular verbal noun as an exact one does; a participle of the other kind joined
    // to the subject of «سقط» counts by its own form past an adverb.
    { text: 'وأعلنت المستشفى استقبال جثتين ونحو 40 إصابة من موقع الانفجار', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 40, approximate: true } }] },
    { text: 'استهدف الهجوم نقطة للشرطة وسقط على إثره قتيلان وجريح', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 1 }, victims: 'unspecified' }] },
    // «حصد/أزهق أرواح» with the subject between the verb and «أرواح» (VSO order).
    { text: 'وأزهق القصف المدفعي أرواح 9 مدنيين في البلدة', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'civilians' }] },
    { text: 'حصدت الغارات الروسية على الريف أرواح 17 شخصا', expect: [{ kind: 'killed', count: { value: 17 }, actors: ['russia'] }] },
    // After a verb and its object of life, a bare figure counts people.
    { text: 'وأودى الانفجار بحياة 14 على الفور', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'unspecified', cause: 'explosion' }] },
    { text: 'حصدت المجاعة أرواح 80 ألفا خلال عام', expect: [{ kind: 'killed', count: { value: 80000 } }] },
    // Calling to stop the taking of lives states none.
    { text: 'وطالب البيان بوقف إزهاق أرواح المدنيين في المدينة', expect: [] },
    // A plural verb of falling after its counted subject: dead, or as the participle after it says; never into captivity.
    { text: 'وذكرت الشبكة أن قرابة 60 مدنيا سقطوا خلال يومين من المعارك', expect: [{ kind: 'killed', count: { value: 60, approximate: true }, victims: 'civilians' }] },
    { text: 'وأكد الأهالي أن خمسة صيادين سقطوا جرحى بنيران الزوارق', expect: [{ kind: 'injured', count: { value: 5 } }] },
    { text: 'وأقر الجيش بأن 4 من جنوده سقطوا في الأسر', expect: [] },
    // A text that opens with «من» and a group has nothing before the group to be its side (this threw).
    { text: 'من مدنيين قتلوا.\nقتل.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // The plural verb of falling says death only where its clause speaks of fighting: a break, a cause, a clash, a period.
    { text: 'وقال ناشطون إن 14 مدنيا سقطوا في القصف على البلدة', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'وأظهرت النتائج أن نحو 200 طالب سقطوا في امتحان الفيزياء', expect: [] },
    { text: 'نحو 40 متظاهرا سقطوا أرضا بعد التدافع عند البوابة', expect: [] },
    { text: 'وقال المدرب إن 5 لاعبين سقطوا في فترة الإعداد بسبب الإرهاق', expect: [] },
    // Reaping and taking lives; a result verb «أسقط» (made fall) before casualty plurals.
    { text: 'وقال التقرير إن الألغام حصدت أرواح 47 مدنيا خلال العام', expect: [{ kind: 'killed', count: { value: 47 }, victims: 'civilians' }] },
    { text: 'وتواصل القصف المتبادل طوال الليل ما أسقط قتلى وجرحى في البلدتين', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    // Time words may stand between a verb of falling and the fallen.
    { text: 'سقط فجر اليوم الأحد فتى فلسطيني شهيدا برصاص قوات الاحتلال قرب الحاجز', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'وسقط مساء أمس أربعة عمال جرحى إثر سقوط قذيفة على المصنع', expect: [{ kind: 'injured', count: { value: 4 } }] },
    // An adjunct pointing back at the attack («فيه»، «على إثره») before the fallen: they fell in it, dead; with a
    // participle after it too.
    { text: 'وانفجرت عبوة ناسفة بدورية للشرطة، سقط فيها ثلاثة عناصر من الأمن العام', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وتعرضت القافلة لكمين سقط على إثره جريحان من المرافقين', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // Falling into captivity in it is no death.
    { text: 'وهي المعركة التي سقط فيها 300 جندي في الأسر', expect: [] },
    { text: 'أسفر القصف عن مصرع 4 أطفال في مخيم النازحين', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'children', cause: 'shelling' }] },
    { text: 'لقي ثلاثة عمال حتفهم إثر انهيار مبنى', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'أسفر القصف عن خسائر بشرية في صفوف الطرفين', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'وتحدثت مصادر عن نحو 20 هالكا ومصابا في صفوف المهاجمين', expect: [{ kind: 'killed', count: { approximate: true, value: 20 } }, { kind: 'injured' }] },
    { text: 'وألقت قوات الأمن القبض على خمسة من عناصر الخلية في المدينة', expect: [{ kind: 'detained', contains: 'القبض على خمسة', count: { value: 5 } }] },
    // A definite person after «القبض على» is the arrested, not an adjective of the noun: the preposition stands between.
    { text: 'وألقت دورية للأمن العام القبض على المزارع السوري عند الحاجز', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'civilians' }] },
    { text: 'وتم القبض على الناشط فراس عبد الكريم في منزله', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // An arrest to be made, after «ب» or a preposition, names people told before.
    { text: 'وأمرت النيابة بالقبض على المتهمين', expect: [] },
    { text: 'وفشلت الشرطة في القبض على المتهمين', expect: [] },
    // A warrant orders an arrest not yet made — unless it is told carried out.
    { text: 'واعتقلت الشرطة بموجب مذكرة توقيف 3 أشخاص', expect: [{ kind: 'detained', count: { value: 3 } }] },
    { text: 'ونفذت قوات الأمن مذكرة اعتقال بحق 5 أشخاص', expect: [{ kind: 'detained', count: { value: 5 } }] },
    { text: 'وقالت العائلات إن الجماعة تحتجز منذ أيام تسعة صيادين', expect: [{ kind: 'detained', contains: 'تسعة صيادين', count: { value: 9 } }] },
    { text: 'قصف مدفعي يخلف قتلى وجرحى في السوق الشعبي', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'نفذت الميليشيا مجزرة بحق 11 مزارعا في قرية العليا', expect: [{ kind: 'killed', contains: 'مجزرة بحق 11 مزارعا', count: { value: 11 } }] },
    // Verbs completed by an object: the victims between, before, or only in the verb's ending.
    { text: 'وسقط فتى شهيدا برصاص جنود الاحتلال قرب الحاجز', expect: [{ kind: 'killed', contains: 'سقط فتى شهيدا', count: { value: 1 }, victims: 'children', cause: 'shooting' }] },
    { text: 'سقط خمسة عمال جرحى جراء انهيار السقف', expect: [{ kind: 'injured', contains: 'خمسة عمال جرحى', count: { value: 5 }, victims: 'civilians' }] },
    { text: 'أسفرت الاشتباكات عن سقوط عشرات المدنيين', expect: [{ kind: 'killed', contains: 'سقوط عشرات المدنيين', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
    // The fallen with no participle are dead after the noun «سقوط», or after a verb at a break or before a cause.
    { text: 'وسقط أربعة مدنيين في حي الشعار جراء القصف المدفعي', expect: [{ kind: 'killed', contains: 'أربعة مدنيين', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'وفي الحي الشرقي سقط ثلاثة مدنيين.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'ولفظت الطفلة أنفاسها الأخيرة بعد ساعات', expect: [{ kind: 'killed', contains: 'لفظت الطفلة أنفاسها', count: { value: 1 }, victims: 'children' }] },
    { text: 'وفارق الحياة متأثرا بجراحه في المستشفى', expect: [{ kind: 'killed', contains: 'فارق الحياة', count: { value: 1 } }] },
    { text: 'لقي أربعة من عناصر الدورية المكلفة بحماية "المعبر الحدودي" مصرعهم', expect: [{ kind: 'killed', contains: 'مصرعهم', count: { value: 4 } }] },
    // A comma or another idiom verb ends the idiom's clause; a sub-group between commas does not.
    { text: 'لقي المقترح ترحيبا واسعا، ولقي الوزير مصرعه لاحقا', expect: [{ kind: 'killed', contains: 'لقي الوزير مصرعه', count: { value: 1 } }] },
    { text: 'لقيت الخطة قبولا من الأطراف ثم لقي اثنان من الحراس مصرعهما', expect: [{ kind: 'killed', contains: 'لقي اثنان', count: { value: 2 } }] },
    { text: 'لقي 5 أشخاص، بينهم طفلان، حتفهم في الانفجار', expect: [{ kind: 'killed', contains: 'لقي 5 أشخاص', count: { value: 5 } }] },
    // Nor does a comma that closes a long subject right before the idiom's object.
    { text: 'ولقي أربعة عمال مياومين من أبناء القرية المجاورة، حتفهم في انهيار المبنى', expect: [{ kind: 'killed', contains: 'حتفهم', count: { value: 4 }, victims: 'civilians' }] },
    // A wounded person named by his participle dies as a held one does.
    { text: 'وبعد ساعات فارق المصاب الحياة في مستشفى المدينة', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A quoted name of three words and an age may stand between the verb and its complement.
    { text: 'وفقد الشاب "سامر خليل العبد" البالغ من العمر 19 عاماً، حياته بانفجار لغم', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'حياته' }] },
    // Or a description between commas, then the object: where he was from.
    { text: 'ولقي الشاب سليم الحمدان، من قرية الطيبة بريف المحافظة، حتفه بانفجار لغم', expect: [{ kind: 'killed', contains: 'حتفه', count: { value: 1 }, victims: 'people' }] },
    // Losing one's life («فقد/فقدان … حياته») is death, not a disappearance, past the side of the one who lost it.
    { text: 'وفقد أربعة من الرعاة حياتهم بانفجار لغم في البادية', expect: [{ kind: 'killed', contains: 'فقد أربعة من الرعاة حياتهم', count: { value: 4 } }] },
    { text: 'ما تسبب في فقدان سائق الشاحنة حياته على الفور', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأدى الانفجار إلى فقدان جندي من حرس الحدود لحياته', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    // Without the life object «فقدان» stays a disappearance.
    { text: 'وأعلنت العائلة فقدان طفل من المخيم منذ يومين', expect: [{ kind: 'missing', count: { value: 1 } }] },
    // «لقي … حتفهم» is one idiom, its group «على الأقل» a lower bound.
    { text: 'لقي 5 أشخاص على الأقل حتفهم في الانفجار', expect: [{ kind: 'killed', contains: 'على الأقل حتفهم', count: { min: 5 } }] },
  ],
  'cascade 5e · a massacre committed, with no toll beside it': [
    { text: 'قوات النظام ترتكب مجزرة في سوق الخضار بمدينة دوما', expect: [{ kind: 'killed', count: null, actors: ['syrian-government'] }] },
    { text: 'واستيقظ سكان الحي على مجزرة ارتكبها الطيران الحربي فجرا.', expect: [{ kind: 'killed', count: null }] },
    // The toll beside it tells its size: the massacre is not read again.
    { text: 'ارتكبت الطائرات الروسية مجزرة في بلدة كفرنبل راح ضحيتها 11 مدنيا', expect: [{ kind: 'killed', count: { value: 11 } }] },
    { text: 'نفذ التنظيم مجزرة في القرية. وقتل في الهجوم 14 شخصا', expect: [{ kind: 'killed', count: { value: 14 } }] },
    // Warned of, remembered, or restated from the sentence before: no new killing.
    { text: 'وحذرت المنظمة من ارتكاب مجزرة جديدة في المخيم', expect: [] },
    { text: 'اتهم البيان الجماعة بأنها ارتكبت مذابح في المنطقة. وقال إن عناصرها ارتكبوا مذابح هناك', expect: [{ kind: 'killed', count: null }] },
    // «أوقع» commits as «موقعاً» does; the subject and «فيه» may stand between, and «العديد من» before the massacres;
    // the group it was committed against names the victims.
    { text: 'الطيران الحربي يوقع مجزرة في سوق البلدة', expect: [{ kind: 'killed', count: null }] },
    { text: 'وهذا هو الحي الذي ارتكبت فيه قوات النظام مجزرة العام الماضي', expect: [{ kind: 'killed', count: null, actors: ['syrian-government'] }] },
    { text: 'وقصفت الطائرات القرى الحدودية، مرتكبة العديد من المجازر بحق المدنيين.', expect: [{ kind: 'killed', count: null, victims: 'civilians' }] },
    { text: 'وتوقع المراقبون مجزرة إذا اقتحمت القوات المدينة', expect: [] },
  ],
  'cascade 5c · losses inflicted, suffered and counted by a side': [
    { text: 'كبدت الفصائل قوات النظام خسائر فادحة في الأرواح', expect: [{ kind: 'killed', contains: 'خسائر فادحة في الأرواح', count: null, victims: 'fighters' }] },
    { text: 'وأسفر الهجوم عن وقوع خسائر في صفوف المدنيين', expect: [{ kind: 'killed', contains: 'خسائر في صفوف المدنيين', count: null, victims: 'civilians' }] },
    // A side counting its own dead: «خسر»، and «فقد» past its subject.
    { text: 'وأقر الجيش بأنه خسر 11 من جنوده في المعارك', expect: [{ kind: 'killed', contains: 'خسر 11 من جنوده', count: { value: 11 }, victims: 'soldiers' }] },
    { text: 'فقد الحزب ثلاثة من عناصره في الغارة', expect: [{ kind: 'killed', contains: 'ثلاثة من عناصره', count: { value: 3 }, victims: 'fighters' }] },
  ],
  'cascade 6 · rescued from the rubble': [
    { text: 'انتشلت فرق الإنقاذ ثلاثة أطفال من تحت أنقاض منزلهم في حي الميسر', expect: [{ kind: 'trapped', count: { value: 3 }, victims: 'children' }] },
    { text: 'وقالت المصادر إن امرأة انتشلت حية من تحت الركام بعد ساعات', expect: [{ kind: 'trapped', count: { value: 1 }, victims: 'women' }] },
    // A pronoun on the rescue word points to the group before it.
    { text: 'أصيب 4 أشخاص بجروح، وجرى سحبهم من تحت الأنقاض', expect: [{ kind: 'injured', count: { value: 4 } }, { kind: 'trapped', count: { value: 4 }, contains: 'سحبهم' }] },
    { text: 'وما زالت الفرق تنتشل العالقين تحت الأنقاض في البلدة', expect: [{ kind: 'trapped', count: { vague: 'some' } }] },
    { text: 'وتعمل الفرق على انتشال الضحايا من تحت ركام المبنى', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    // A search for the bodies of the missing is a search for the missing.
    { text: 'ويواصل المتطوعون البحث عن جثث مفقودين في الحي القديم', expect: [{ kind: 'missing', count: { vague: 'some' } }] },
    { text: 'وعلق مدنيون تحت حطام البناية بعد الغارة', expect: [{ kind: 'trapped', victims: 'civilians' }] },
    // How long they lay under the rubble may stand between the rescued and the state, after «بعد».
    { text: 'ونجح المسعفون في انتشال شاب بعد أكثر من يومين من بقائه تحت ركام منزله', expect: [{ kind: 'trapped', count: { value: 1 } }] },
    { text: 'وتمكن الجيران من إنقاذ طفلة بعد 20 ساعة تحت الأنقاض', expect: [{ kind: 'trapped', count: { value: 1 }, victims: 'children' }] },
    // Without a duration «بعد» opens no state; bodies pulled out are no trapped survivors.
    { text: 'وعادت الفرق إلى مقرها بعد الظهر تحت المطر', expect: [] },
    // The dead pulled out are told by their own noun; rescuers right after the rescue word are its subject.
    { text: 'وانتشلت فرق الدفاع المدني سبعة قتلى من بين ركام المبنى', expect: [{ kind: 'killed', count: { value: 7 } }] },
    { text: 'وانتشلت فرق الدفاع المدني امرأة من تحت الأنقاض', expect: [{ kind: 'trapped', count: { value: 1 }, victims: 'women' }] },
    { text: 'وتم انتشال عنصرين من الدفاع المدني من تحت الأنقاض', expect: [{ kind: 'trapped', count: { value: 2 }, victims: 'rescuers' }] },
    // Pulled out alive with no rubble named: trapped; a rescue or evacuation alive is not («إنقاذ» from a siege, a fire).
    { text: 'وتمكن الأهالي من انتشال طفلة على قيد الحياة بعد الغارة', expect: [{ kind: 'trapped', count: { value: 1 }, victims: 'children' }] },
    { text: 'وأظهرت المقاطع انتشال أحياء وجثث من المبنى المدمر', expect: [{ kind: 'trapped', count: { vague: 'some' } }, { kind: 'killed', count: null }] },
    { text: 'وقال الجيش إنه تمكن من إنقاذ 40 رهينة أحياء من الفندق', expect: [] },
    // A figure right before «مجهولي المصير» (of unknown fate, a plural of people) is the group it describes.
    { text: 'وما زال العشرات مجهولي المصير منذ اقتحام الحي', expect: [{ kind: 'missing', count: { vague: 'tens', min: 10 } }] },
    { text: 'وقالت اللجنة إن 37 لا يزالون مجهولي المصير', expect: [{ kind: 'missing', count: { value: 37 } }] },
  ],
  'cascade 5d · the group after a casualty word: in quotes, described, shared by «أو»': [
    // A counted group may open a quote right after the verbal noun.
    { text: 'وأفادت الوكالة الرسمية بمقتل "أربعة عمال" في انفجار لغم قرب المنجم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'وقال البيان إن القصف أدى إلى إصابة «عشرات المدنيين» في السوق', expect: [{ kind: 'injured', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
    // A bare figure with the clause that describes them («كانوا …»).
    { text: 'وأضاف أن الصاروخ أدى لمقتل ثلاثة كانوا داخل الحافلة', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // All of a definite group («جميع/كل») after the casualty word: no size given.
    { text: 'وقال شهود إنه تم اعتقال كل الشبان المتطوعين في المستوصف', expect: [{ kind: 'detained', count: null, victims: 'people' }] },
    { text: 'واعتقلت جميع الصحفيين العاملين في المكتب دون توضيح', expect: [{ kind: 'detained', count: null, victims: 'journalists' }] },
    // «جميع» before no victim noun names nobody.
    { text: 'واعتقلت جميع من في المنزل', expect: [] },
    // «أو» joins two casualty verbs that share their group, as «و» does.
    { text: 'وقال التنظيم إن مقاتليه قتلوا أو جرحوا 15 شرطيا في الهجوم', expect: [{ kind: 'killed', count: { value: 15 } }, { kind: 'injured', count: { value: 15 } }] },
    // After «و» the second verb may have its own subject: the first keeps the one before it.
    { text: 'وقال الموقع إن عنصرا قتل وأصيب اثنان من الدورية بانفجار عبوة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 } }] },
  ],
  'cascade 5b · result words, headlines and «some of»': [
    // A numeral adjective after a casualty participle counts it («مصابين» alone is some), a bound after it too.
    { text: 'وخلف التفجير قتيلاً ومصابين اثنين على الأقل', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { min: 2 } }] },
    { text: 'أسفر القصف عن سقوط خمسة قتلى ومفقودين اثنين', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'missing', count: { value: 2 } }] },
    // The victims named after a casualty noun: a definite adjective after a definite noun, «في أوساط» a group.
    { text: 'وأدى القصف إلى سقوط عشرات الضحايا المدنيين في البلدة', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
    { text: 'وأوقعت الغارة إصابات في أوساط المدنيين', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'civilians' }] },
    // A headline's last noun names no victims from the next line: «…والمصابين⏎أفاد صحفي …» is not journalists.
    { text: 'غارة على سوق شعبي توقع عشرات القتلى والمصابين\nأفاد صحفي محلي بأن نحو ثلاثين شخصا قتلوا في السوق', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, victims: 'unspecified' }, { kind: 'injured', count: { min: 10, vague: 'tens' }, victims: 'unspecified' }, { kind: 'killed', count: { value: 30, approximate: true }, victims: 'people' }] },
    // A casualty noun with no victim noun of its own takes the group named after it.
    { text: 'خلف القصف العنيف عدة إصابات بصفوف المدنيين', expect: [{ kind: 'injured', victims: 'civilians' }] },
    {
      text: 'أدى التفجير إلى سقوط قتلى وجرحى بين المدنيين في السوق',
      expect: [{ kind: 'killed', victims: 'civilians' }, { kind: 'injured', victims: 'civilians' }],
    },
    { text: 'وأسفرت الغارة الجديدة عن سقوط ضحايا جدد من المدنيين', expect: [{ kind: 'killed', victims: 'civilians' }] },
    // «في» names a place, not the victims: «القصف على المدنيين» is no class of the dead.
    { text: 'سقط 3 قتلى في القصف على المدنيين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'unspecified' }] },
    // An indefinite plural among named people; a fall of a side's own people counted with «من».
    { text: 'ما أدى إلى تصاعد الدخان وإصابات متفاوتة وسط المدنيين', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'ما أدى لسقوط 20 من سكانه في القصف', expect: [{ kind: 'killed', contains: 'سقوط 20 من سكانه', count: { value: 20 } }] },
    { text: 'وهناك جرحى في حالة حرجة نقلوا إلى المشفى', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    { text: 'أعدم التنظيم 6 أحدهم قيادي سابق في الفصيل', expect: [{ kind: 'executed', count: { value: 6 } }] },
    { text: 'تسقط يوميا قتلى مدنيون في أحياء المدينة المحاصرة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'قتلى وجرحى بينهم نساء بقصف مدفعي على سوق الخضار\nقصفت القوات السوق صباح اليوم', expect: [{ kind: 'killed' }, { kind: 'injured' }] },
    { text: 'ولقي عدد من المدنيين في الحافلة حتفهم بعد انقلابها', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'لقي بعض الحراس في المبنى والعمال حتفهم في الانفجار', expect: [{ kind: 'killed', count: { vague: 'some' }, cause: 'explosion' }] },
    { text: 'أصيب بعض المسعفين بجروح طفيفة', expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'medical' }] },
    // «بعض» before a noun made definite by its possessive, or in construct with one.
    { text: 'نجا المحافظ من التفجير وقتل بعض مرافقيه.', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'وقالت الأسرة إنه اعتقل بعض أفراد عائلتها', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    { text: 'وقال المرصد إن عدد القتلى الذين سقطوا في الاشتباكات منذ الأمس ارتفع إلى 31 علما أن بينهم قادة', expect: [{ kind: 'killed', count: { value: 31 } }] },
  ],
  'cascade 6c · the passive with «تم», result words and announcements before a pronoun': [
    // The pronoun on the verbal noun names the victims; a singular one takes the class of the person just named.
    { text: 'وأطلق المستوطنون النار على المزارع ما أدى إلى استشهاده قرب السياج', expect: [{ kind: 'killed', contains: 'استشهاده', count: { value: 1 }, victims: 'civilians' }] },
    // A pretext («بزعم») denies nothing.
    { text: 'وأطلق الجنود النار على فتى بزعم محاولته الطعن، ما أدى إلى استشهاده', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'وداهمت الدورية منزل الشقيقين ما أسفر عن اعتقالهما', expect: [{ kind: 'detained', contains: 'اعتقالهما', count: { value: 2 } }] },
    { text: 'وأعلنت وزارة الصحة عن استشهاده في المستشفى صباح اليوم', expect: [{ kind: 'killed', contains: 'استشهاده', count: { value: 1 } }] },
    { text: 'وأكد ذووه أنه تم اعتقاله على حاجز للشرطة العسكرية', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'وجرى إعدامهما رميا بالرصاص في ساحة القرية', expect: [{ kind: 'executed', count: { value: 2 }, cause: 'execution' }] },
    { text: 'اختطف تنظيم الدولة ثلاثة تجار على الطريق الدولي، وتم احتجازهم في مكان مجهول', expect: [{ kind: 'detained', contains: 'ثلاثة تجار' }, { kind: 'detained', contains: 'احتجازهم', count: { value: 3 } }] },
    // «مصرع» with its pronoun after a result word; after «لقي» it stays that idiom's object and shares no figure.
    { text: 'وأطلق مسلح النار على المختار ما أدى إلى مصرعه في الحال', expect: [{ kind: 'killed', contains: 'مصرعه', count: { value: 1 } }] },
    { text: 'وأفاد الدفاع المدني بأن ثلاثة أشخاص لقوا مصرعهم وأصيب 16 آخرون في الحريق', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { value: 16 }, contains: 'أصيب 16' }] },
  ],
  'attribution · an announcer is the agent only of what it says it did': [
    // An ally's dead: the announcer states no act of its own.
    { text: 'أعلنت وزارة الدفاع الروسية مقتل 4 من عناصر قوات النظام في قصف على ريف حماة', expect: [{ kind: 'killed', count: { value: 4 }, actors: [] }] },
    { text: 'أعلن التحالف الدولي مقتل 3 من مقاتلي قوات سوريا الديمقراطية في هجوم على حقل العمر', expect: [{ kind: 'killed', count: { value: 3 }, actors: [] }] },
    { text: 'قال الجيش التركي إن 5 من مقاتلي الجيش الوطني قتلوا في انفجار لغم', expect: [{ kind: 'killed', count: { value: 5 }, actors: [] }] },
    // Its own act stated: a first person, «أنه/أنها» and an attack, or its forces as the subject of one.
    { text: 'قال المتحدث باسم القوات التركية إن قواتنا قتلت 7 من مقاتلي قسد قرب منبج', expect: [{ kind: 'killed', count: { value: 7 }, actors: ['turkey'] }] },
    { text: 'أعلنت وزارة الدفاع الروسية مقتل 30 مسلحا في ريف إدلب، وقالت إنها استهدفت مقرات لهم بصواريخ دقيقة', expect: [{ kind: 'killed', count: { value: 30 }, actors: ['russia'] }] },
    // The act announced as the object of the speech: «أعلن X قصف …».
    { text: 'أعلن الجيش التركي قصف مواقع في ريف منبج، مشيرا إلى أن القصف أسفر عن مقتل 9 من مقاتلي قسد', expect: [{ kind: 'killed', count: { value: 9 }, actors: ['turkey'] }] },
    // Executions announced by an armed side are its own — unless the victims are its own, or «على يد X» names another.
    { text: 'أعلن تنظيم الدولة إعدام 6 رجال بتهمة التعاون مع التحالف', expect: [{ kind: 'executed', count: { value: 6 }, actors: ['isis'] }] },
    { text: 'أعلنت قوات سوريا الديمقراطية إعدام 4 من مقاتليها على يد تنظيم الدولة قرب هجين', expect: [{ kind: 'executed', count: { value: 4 }, actors: ['isis'] }] },
    { text: 'أعلنت قوات سوريا الديمقراطية إعدام 3 من عناصرها الأسرى في ريف الرقة', expect: [{ kind: 'executed', count: { value: 3 }, actors: [] }] },
    { text: 'أعلن الجيش السوري إعدام 8 من جنوده الأسرى قرب السخنة', expect: [{ kind: 'executed', count: { value: 8 }, actors: [] }] },
    // «على يد/أيدي X» is the agent's hand, where «بيد X» holds ground.
    { text: 'قتل 3 مدنيين على يد تنظيم الدولة في ريف دير الزور', expect: [{ kind: 'killed', count: { value: 3 }, actors: ['isis'] }] },
    // Another's attack announced is no act of the speaker.
    { text: 'أعلن الجيش التركي هجوم قسد على قرية في ريف منبج، مشيرا إلى أن الهجوم أسفر عن مقتل 9 من مقاتلي الجيش الوطني', expect: [{ kind: 'killed', count: { value: 9 }, actors: ['sdf'] }] },
  ],
  'attribution · claims of responsibility and blame': [
    // The speaker claims only its own responsibility: «مسؤوليته/ها», or «المسؤولية» right after it.
    { text: 'أعلن النظام السوري مسؤولية المعارضة عن قصف أسفر عن مقتل 6 مدنيين', expect: [{ kind: 'killed', count: { value: 6 }, actors: ['opposition'] }] },
    { text: 'أعلنت هيئة تحرير الشام المسؤولية عن تفجير أسفر عن مقتل 5 من عناصر النظام', expect: [{ kind: 'killed', count: { value: 5 }, actors: ['nusra'] }] },
    // «حمّل X Y مسؤولية»: X blames Y.
    { text: 'حمّلت الحكومة السورية تنظيم الدولة مسؤولية التفجير الذي أودى بحياة 12 شخصا', expect: [{ kind: 'killed', count: { value: 12 }, actors: ['isis'] }] },
    // A casualty noun joined right after «أودى بحياة» shares its object: two kinds, one figure.
    { text: 'وقع انفجار في السوق أودى بحياة وإصابة 9 أشخاص', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { value: 9 } }] },
    // «أودى» takes a counted group by «ب» without «حياة», past its subject; a pronoun on «ب» counts no one.
    { text: 'ارتكبت العصابة مجزرة مروعة أودت بنحو 40 مدنيا في القرية', expect: [{ kind: 'killed', count: { value: 40, approximate: true }, victims: 'civilians' }] },
    { text: 'وأودى الانفجار بسبعة أشخاص بينهم طفلان', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    { text: 'وقال إن تهوره أودى به إلى السجن ثلاث سنوات', expect: [] },
    { text: 'حملت وزارة الخارجية الروسية الفصائل المسلحة مسؤولية قصف قتل فيه 4 أطفال في حلب', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['opposition'] }] },
  ],
  'attribution · the attack a strike answers': [
    // The actor inside «رداً على …» attacked before: it is no agent of the strike that answers it.
    { text: 'قتل 5 مدنيين في قصف مدفعي استهدف بلدة كفرنبل، رداً على هجوم لفصائل المعارضة', expect: [{ kind: 'killed', count: { value: 5 }, actors: [] }] },
    { text: 'قتل 4 مدنيين بقصف لقوات النظام على بلدة حيان، رداً على هجوم شنته هيئة تحرير الشام', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['syrian-government'] }] },
    // A relative clause after a comma goes on with the answered attack, and a drone in it is not the replier's.
    { text: 'قصفت قوات النظام بلدات في ريف إدلب رداً على هجوم بطائرة مسيرة على الكلية الحربية، والذي خلف 20 قتيلا', expect: [{ kind: 'killed', count: { value: 20 }, actors: [] }] },
  ],
  'attribution · a link word far from the mention links nothing': [
    // A suspected agent («يعتقد أنهم أعدموا على يد التنظيم») stays with its own sentence.
    { text: 'عثر الأهالي على مقبرة جماعية تضم رفات 40 شخصا يعتقد أنهم أعدموا على يد التنظيم.\nوقال مسؤول محلي إن فرق الإنقاذ انتشلت 300 جثة من المقابر الجماعية في المدينة.', expect: [{ kind: 'killed', count: { value: 40 }, actors: ['isis'] }, { kind: 'killed', count: { value: 300 }, actors: [] }] },

    // «على أيدي» names the passive's agent.
    { text: 'قتل شاب على أيدي عناصر تنظيم الدولة في ريف دير الزور', expect: [{ kind: 'killed', count: { value: 1 }, actors: ['isis'] }] },

    // An agent word or a genitive ل must stand near the mention and near the actor; farther on it is about something else.
    { text: 'أعلن المرصد أن تنظيم الدولة أعدم شابا في الرقة وعلق في عنقه لافتة تقول إنه أعطى معلومات للتحالف الدولي', expect: [{ kind: 'executed', count: { value: 1 }, actors: ['isis'] }] },
    { text: 'قال ناشطون إن طائرات التحالف الدولي قصفت مدرسة في القرية ما أدى إلى مقتل 11 مدنيا، كانوا قد أجبروا على التجمع فيها من قبل عناصر تنظيم الدولة', expect: [{ kind: 'killed', count: { value: 11 }, actors: ['international-coalition'] }] },
    // Near the mention, the chain still reaches an agent far on: «جراء قصف … من قبل قوات النظام».
    { text: 'قتل 4 مدنيين جراء قصف مدفعي وصاروخي عنيف على بلدة كفرنبل في ريف إدلب الجنوبي من قبل قوات النظام', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['syrian-government'] }] },
  ],
  'attribution · the victims\' side named by a pronoun or after a quote': [
    // A figure «منهم» is part of the nearest plural victim group before it in its sentence, and of its class.
    { text: 'وقصفت المدفعية تجمعا للمسلحين قرب الجسر، ما أدى إلى مقتل سبعة منهم', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'fighters' }] },
    { text: 'فتحت الشرطة النار على المحتجين أمام المبنى وأصابت عشرة منهم', expect: [{ kind: 'injured', count: { value: 10 }, victims: 'civilians' }] },
    // «مع مسلحين» read by anaphora as the victims' own side is no agent: the other party is unnamed.
    { text: 'ولقي مقاتلان من هيئة تحرير الشام حتفهما إثر اشتباكات مع مسلحين في ريف إدلب', expect: [{ kind: 'killed', count: { value: 2 }, actors: [] }] },

    // «في صفوفها» points back at the side just named: the attack that hit it is another's.
    { text: 'هاجم عناصر تنظيم الدولة نقطة عسكرية قرب السخنة. وقالت مصادر إن قوات النظام ردت على الهجوم الذي أوقع قتلى في صفوفها', expect: [{ kind: 'killed', count: { vague: 'some' }, actors: ['isis'] }] },
  ],
  'attribution · a nominative noun right after the verb is its subject, not its object': [
    // «مسلحون من X» right after the verb is the subject: X attacked. Only an accusative («عنصراً») is the object.
    { text: 'اقتحم مسلحون من تنظيم الدولة قرية شرق دير الزور وقتلوا 7 مدنيين', expect: [{ kind: 'killed', count: { value: 7 }, actors: ['isis'] }] },
    { text: 'قصف مقاتلون من هيئة تحرير الشام حاجزا للجيش وقتلوا 4 جنود', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['nusra'] }] },
    // The rule this narrows still holds: the object's side is the target.
    { text: 'قتل طفلان في غارة إسرائيلية تستهدف عنصرا من حزب الله جنوب لبنان', expect: [{ kind: 'killed', count: { value: 2 }, actors: ['israel'] }] },
  ],
  'attribution · a finder that also does the killing is its agent': [
    // A verb «و»-joined after the finding verb shares its subject: the finder executed them.
    { text: 'عثر عناصر تنظيم الدولة على 4 جنود من الجيش العراقي وأعدموهم رميا بالرصاص', expect: [{ kind: 'executed', count: { value: 4 }, actors: ['isis'] }] },
    // An unnamed finder leaves no agent — never the victims' own side.
    { text: 'عثر مسلحون على 3 جنود من الجيش العراقي وأعدموهم', expect: [{ kind: 'executed', count: { value: 3 }, actors: [] }] },
    // The rule this narrows still holds: finding bodies names no agent.
    { text: 'عثرت الشرطة العراقية على 15 جثة مجهولة الهوية في بغداد', expect: [{ kind: 'killed', count: { value: 15 }, actors: [] }] },
  ],
  'attribution · the victims\' own unit is no agent': [
    // «ب» + a service noun («مخابرات»، «فرع»، «جهاز») + its side: where the victim served, not who hit him.
    { text: 'قتل ملازم بمخابرات النظام في انفجار عبوة ناسفة بمدينة حمص', expect: [{ kind: 'killed', count: { value: 1 }, actors: [] }] },
    // A commander of a unit named by its number «من» a side: the side is his, and an army's makes him a soldier.
    { text: 'وأعلن ناشطون مقتل قائد الفوج 47 من قوات النظام في انفجار لغم بريف حماة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers', actors: [] }] },
    // An official of an armed group is one of its fighters; an official of a government stays a person.
    { text: 'اعتقلت قوات النظام مسؤولا بارزا في صفوف تنظيم داعش قرب مدينة تدمر', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'fighters', actors: ['syrian-government'] }] },
    { text: 'اغتال مجهولون مسؤولا في الحكومة السورية بمدينة درعا', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // A phrase the reader closes on its own «من»: the side after it is still the victims'; so is the sibling's.
    // A short line that names an actor is a sentence, not page furniture: the next sentence reads it as the one before
    // wherever the text starts (found by the fuzz property).
    { text: 'والنظام قتل ؟ قتل مائة', expect: [{ kind: 'killed', count: { value: 100 }, actors: ['syrian-government'] }] },
    { text: '.\nوالنظام قتل ؟ قتل مائة', expect: [{ kind: 'killed', count: { value: 100 }, actors: ['syrian-government'] }] },
    // «وفي سياق آخر» opens another story: the strike of the sentence before is not its agent.
    { text: 'قصفت طائرات النظام بلدة سراقب بالبراميل. وفي سياق آخر، قتل رجلان في شجار بين عائلتين بمدينة حمص', expect: [{ kind: 'killed', count: { value: 2 }, actors: [] }] },
    { text: 'قصفت طائرات النظام بلدة سراقب بالبراميل. وقتل رجلان في البلدة', expect: [{ kind: 'killed', count: { value: 2 }, actors: ['syrian-government'] }] },
    { text: 'قتل عنصر وجرح اثنان من فرع "أمن الدولة" بانفجار لغم على طريق تدمر', expect: [{ kind: 'killed', count: { value: 1 }, actors: [] }, { kind: 'injured', count: { value: 2 }, actors: [] }] },
  ],
  'attribution 9 · a side named as the dead is no agent, and the lead\'s attacker still is': [
    // A side described, then named in quotes after «من», is the victims' side.
    {
      text: 'وقتل 6 أشخاص بينهم 4 عناصر من قوات الشرطة المحلية "الأمن العام"، جراء انفجار عبوة ناسفة في سوق المدينة',
      expect: [{ kind: 'killed', count: { value: 6 }, actors: [] }],
    },
    // Persons of a side told by a relative clause of dying («الذين سقطوا») are the dead, not the attacker; the attacker
    // of the headline then tells the agent.
    {
      text: 'تنظيم داعش يتبنى تفجيرا انتحاريا في مدينة الباب\n\nتبنى تنظيم داعش الهجوم بحزام ناسف على مقر عسكري في مدينة الباب بريف حلب.\n\nوقال في بيان إن 15 قتيلا وجريحا سقطوا في العملية، في إشارة إلى عناصر الجيش الوطني الذين قتلوا وأصيبوا في التفجير.',
      expect: [{ kind: 'killed', count: { value: 15 }, actors: ['isis'] }, { kind: 'injured', count: { value: 15 }, actors: ['isis'] }],
    },
  ],
  'attribution 9c · a toll of both sides of a clash has no agent': [
    { text: 'قتل 30 عنصرا من قوات النظام وفصائل المعارضة في معارك عنيفة بريف اللاذقية', expect: [{ kind: 'killed', count: { value: 30 }, actors: [] }] },
    // A side named in two actors with no mark between («الفصائل المقاتلة» + «المعارضة») is one side.
    { text: 'قتل 17 عنصرا على الأقل من قوات النظام والفصائل المقاتلة المعارضة له في اشتباكات قرب حلب', expect: [{ kind: 'killed', count: { min: 17 }, actors: [] }] },
    // One side's dead are still the other side's doing.
    { text: 'قتل 9 عناصر من قوات النظام في اشتباكات مع فصائل المعارضة بريف اللاذقية', expect: [{ kind: 'killed', count: { value: 9 }, actors: ['opposition'] }] },
  ],
  'attribution 9d · the side that speaks of the deaths is no agent': [
    // «فقال إن…» has no subject of its own: the council before it speaks.
    {
      text: 'من جهته، نشر مجلس منبج العسكري حصيلة مختلفة للضحايا فقال إن سبعة مدنيين قتلوا وأصيب ثلاثة آخرون.',
      expect: [{ kind: 'killed', count: { value: 7 }, actors: [] }, { kind: 'injured', count: { value: 3 }, actors: [] }],
    },
    // A speech verb with a subject of its own leaves the actor before it an agent.
    {
      text: 'قصفت قوات النظام بلدة كفرنبل بالمدفعية، وقال ناشطون إن ثلاثة مدنيين قتلوا.',
      expect: [{ kind: 'killed', count: { value: 3 }, actors: ['syrian-government'] }],
    },
  ],
  'attribution 9b · a contrasted clause whose feminine verb has its agent unsaid': [
    // «ت» cannot agree with the men after it: the forces of the clause before are still the subject.
    {
      text: 'داهمت قوات النظام بلدة الكسوة واعتقلت شابين، في حين اعتقلت ستة شبان من بلدة زاكية.',
      expect: [{ kind: 'detained', count: { value: 2 }, actors: ['syrian-government'] }, { kind: 'detained', count: { value: 6 }, actors: ['syrian-government'] }],
    },
    // Women agree with «ت»: the passive reading stays possible, and the contrasted clause takes no agent.
    { text: 'قصفت قوات النظام بلدة الكسوة، في حين قتلت خمس نساء في بلدة زاكية.', expect: [{ kind: 'killed', count: { value: 5 }, actors: [] }] },
  ],
  'cascade 6b · states: still, fate, «في عداد», subjected to': [
    { text: 'اختطف مسلحون الطبيب قبل عامين وما زال مفقودا حتى اليوم', expect: [{ kind: 'detained' }, { kind: 'missing', count: { value: 1 } }] },
    { text: 'وطالبت العائلات بكشف مصير مئات المعتقلين في سجون التنظيم', expect: [{ kind: 'missing', count: { min: 100, vague: 'hundreds' } }] },
    { text: 'ولا يزال العشرات في عداد المفقودين بعد الفيضان', expect: [{ kind: 'missing', count: { min: 10, vague: 'tens' } }] },
    { text: 'وتعرض ثلاثة من عناصر الشرطة في الحي للاختطاف مساء أمس', expect: [{ kind: 'detained', count: { value: 3 } }] },
    { text: 'وأشار إلى أن شابين تعرضا للإعدام الميداني', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    // The subject may stand further back; «قد» before a plural «وا» asserts.
    { text: 'وكان ثلاثة من المدنيين في المدينة قد تعرضوا للاعتقال', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'civilians' }] },
    // «قد» before a past verb opening with «ت» («تعرض») asserts; before a present one («تتعرض») it is a possibility.
    { text: 'وذكر شهود أن أحد الحراس الليليين قد تعرض لإصابة بليغة في الانفجار', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وحذر الأطباء من أن المرضى قد تتعرض حياتهم للخطر', expect: [] },
    // «وقد» before a present in «يـ» is a possibility too; before «تـ» it is mostly a past there (Guard).
    { text: 'وقال المرصد إن عمليات القتل مستمرة، وقد يتجاوز عدد القتلى 500 قتيل مع استمرار التوثيق', expect: [] },
    { text: 'وقد تجاوز عدد القتلى 220 قتيلا منذ بدء المعارك', expect: [{ kind: 'killed', count: { min: 220 } }] },
    // With an object before its «ل», «قد تعرّض» is the causative present: a possibility.
    { text: 'وقال الخبراء إن القنابل العنقودية قد تعرض 40 طفلا للإصابة', expect: [] },
    { text: 'وتعرض أربعة عمال لإصابات متوسطة في الانفجار', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'civilians' }] },
    // «لعملية» before the noun stands for its «ل»; «لمحاولة» is an attempt, no casualty.
    { text: 'وتعرض مختار القرية، مساء الأحد، لعملية اغتيال قرب منزله', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'لعملية اغتيال' }] },
    { text: 'وتعرض الصحفي لمحاولة اغتيال قرب منزله', expect: [] },
    { text: 'وتعرض الصحفي لعملية اغتيال فاشلة قرب منزله', expect: [] },
    {
      text: 'وقال الخبراء إن القنابل العنقودية قد تعرض 40 طفلا للإصابة',
      options: { includeNonFacts: true },
      expect: [{ kind: 'injured', count: { value: 40 }, flags: { hypothetical: true } }],
    },
  ],
  'cascade 2b · verbs in the present (headlines and live reports)': [
    { text: 'قوات الاحتلال تعتقل 12 فلسطينيا في حملة دهم بمدينة الخليل', expect: [{ kind: 'detained', count: { value: 12 } }] },
    { text: 'مسلحون مجهولون يختطفون ثلاثة مهندسين على طريق المطار', expect: [{ kind: 'detained', count: { value: 3 } }] },
    { text: 'وبث التنظيم صورا لعناصره وهم يعدمون سبعة شبان في ساحة البلدة', expect: [{ kind: 'executed', count: { value: 7 } }] },
    { text: 'طائرة مسيرة تغتال قياديا ميدانيا قرب الحدود', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  'cascade 2c · a present verb negated, wished for or told as a habit is no event': [
    // A negation right before the verb: the event did not happen.
    { text: 'لم تعتقل الشرطة خمسة شبان كانوا في المقهى', expect: [] },
    { text: 'وأكد المتحدث أن الجيش لن يعتقل 40 متظاهرا سلميا', expect: [] },
    { text: 'الشرطة لا تعتقل 20 متظاهرا بل تفرقهم بالماء', expect: [] },
    { text: 'لم تعتقل الشرطة 5 شبان', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 5 }, flags: { denied: true } }] },
    { text: 'وقال شهود إن الجنود لم يقتلوه بل اعتقلوه', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // After «أن/بأن/كي» the verb is wished, demanded or a purpose; after «قبل أن» it narrates.
    { text: 'وتسعى الحكومة إلى أن تعتقل 30 شابا خلال الحملة', expect: [] },
    { text: 'وطالب ذوو الضحايا بأن تعتقل السلطات 4 شبان متهمين بالهجوم', expect: [] },
    { text: 'وتريد إسرائيل أن تغتال قادة الحركة في الخارج', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { hypothetical: true } }] },
    // A threat is no toll, in any tense: read only with `includeNonFacts`, flagged.
    { text: 'وهددت الجماعة المسلحة بإعدام خمسة رهائن إذا لم تدفع الفدية', expect: [] },
    { text: 'توعد التنظيم بقتل عشرات الجنود في هجمات جديدة', expect: [] },
    { text: 'وتوعدت الجماعة بإعدام الأسرى الستة', options: { includeNonFacts: true }, expect: [{ kind: 'executed', flags: { hypothetical: true } }] },
    { text: 'وهددهم المسلحون بقتل ثلاثة من أبنائهم', expect: [] },
    // Guard: a threat leaves a fact what is not its object — after «ثم», «بعد/قبل أن», another «بـ» object or a relative.
    { text: 'وكان المسلحون قد هددوا الأهالي، ثم قاموا بإعدام ثلاثة رجال في ساحة القرية', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'وهدد المسلحون الأهالي قبل أن يعدموا ثلاثة منهم', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'وهددت الحركة بالرد على الغارة التي تسببت بمقتل 10 مدنيين', expect: [{ kind: 'killed', count: { value: 10 } }] },
    // Guard: «وعيد» is also «و» + «عيد», a feast.
    { text: 'وشهدت عطلة عيد الفطر وعيد الأضحى سلسلة هجمات انتهت بمقتل 12 مدنيا', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'وكان الشاب يحاول الهرب قبل أن تعتقله الدورية', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // What one managed to do was done; «قد» after a form of «كان» tells what had happened.
    { text: 'وتمكنت الوحدات من محاصرة المهاجمين، واستطاعت أن تقتل 12 منهم', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'وكانت وكالة الأنباء قد تحدثت عن إصابة ثلاثة عمال في الانفجار', expect: [{ kind: 'injured', count: { value: 3 } }] },
    { text: 'واستطاعت الدورية أن تأسر أربعة مسلحين قرب الحدود', expect: [{ kind: 'detained', count: { value: 4 } }] },
    // A cause given after «لأن» states a fact: what may be before it does not reach it.
    { text: 'ورجح الطبيب أن يرتفع عدد الضحايا لأن ثلاثة من الجرحى في حالة حرجة', expect: [{ kind: 'injured', count: { value: 3 } }] },
    { text: 'وقال إن القصف قد يقتل العشرات لأن الملاجئ مكتظة', expect: [] },
    // A habit or a statistic: a yearly figure, a habit word, a ratio, or a definite uncounted object.
    { text: 'يصاب نحو مليوني طفل بالحصبة كل عام في القارة', expect: [] },
    { text: 'يصاب آلاف العمال سنويا في حوادث العمل', expect: [] },
    { text: 'تصاب امرأة من كل عشر نساء بفقر الدم', expect: [] },
    { text: 'تغتال إسرائيل قادة الفصائل منذ عقود', expect: [] },
    { text: 'الميليشيات تختطف الصحفيين في المدينة', expect: [] },
    // A headline in the present with a counted object, or a definite singular one (a person), stays an event.
    { text: 'قوات الأمن تعتقل 9 شبان في مداهمات فجر اليوم', expect: [{ kind: 'detained', count: { value: 9 } }] },
    { text: 'طائرة مسيرة تغتال القيادي في الجماعة قرب الحدود', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'الميليشيا تختطف الصحفي من منزله في وسط المدينة', expect: [{ kind: 'detained', count: { value: 1 } }] },
  ],
  'cascade 6d · suffocation reported as injuries': [
    // «حالات اختناق» counted, or after a group with «ب»: tear gas and smoke injuries.
    { text: 'وسجل المسعفون 14 حالة اختناق بالغاز خلال تفريق الاعتصام', expect: [{ kind: 'injured', count: { value: 14 } }] },
    // Traffic jams and yearly statistics are no injuries.
    { text: 'ورصدت إدارة المرور 30 حالة اختناق مروري في وسط المدينة', expect: [] },
    { text: 'وتسجل المستشفيات نحو 9 آلاف حالة اختناق بالغاز سنويا', expect: [] },
    {
      text: 'وأصيب فتى برصاصة مطاطية في ساقه والعشرات بحالات اختناق أثناء المواجهات',
      expect: [{ kind: 'injured', count: { value: 1 } }, { kind: 'injured', contains: 'العشرات', count: { min: 10, vague: 'tens' } }],
    },
    {
      text: 'وقالت الجمعية إن 4 شبان أصيبوا بأعيرة معدنية، و9 بالاختناق',
      expect: [{ kind: 'injured', count: { value: 4 } }, { kind: 'injured', contains: '9', count: { value: 9 } }],
    },
    { text: 'وأطلق الجنود قنابل الغاز على المصلين ما أصاب عشرات المواطنين بحالات اختناق', expect: [{ kind: 'injured', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
    // A group another casualty word has counted keeps that word's kind: these children died of the smoke.
    { text: 'توفي أربعة أطفال بالاختناق جراء حريق أشعلته قذيفة في المخيم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'children' }] },
  ],
  'counts 16 · an intransitive verb has no object past its subject': [
    // «أحدهما قائد» describes one of the two; the side after the subject makes it no agent.
    { text: 'استشهد شابان من كتائب المقاومة، أحدهما قائد ميداني، في اشتباك مسلح.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'أصيب مدنيان من أهالي القرية، أحدهما طفل، بشظايا القذيفة.', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'civilians' }] },
    // An active verb still takes its object past the subject.
    { text: 'أعدم مسلحون من التنظيم، صباح اليوم، ثلاثة شبان في الساحة العامة.', expect: [{ kind: 'executed', count: { value: 3 } }] },
  ],
  'counts 16 · a head in construct and its own or counted people joined by «و» are one group': [
    // The pronoun of «أبنائه»/«حراسه» points back at the head: one group, summed; never a subject and its object.
    { text: 'قتل مختار القرية وثلاثة من أبنائه في غارة ليلية.', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    { text: 'قتل عمدة البلدة واثنان من حراسه في كمين على الطريق.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'أصيب إمام المسجد ونجله بشظايا القذيفة.', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // The construct may be a chain of two words, and the group joined by «و» may be counted by a figure.
    { text: 'وأسفر التفجير عن إصابة مدير شرطة الناحية واثنين من مرافقيه.', expect: [{ kind: 'injured', count: { value: 3 }, contains: 'مدير شرطة الناحية واثنين من مرافقيه' }] },
    { text: 'وقتل قائد السرية و7 جنود في هجوم على الموقع.', expect: [{ kind: 'killed', count: { value: 8 }, contains: 'قائد السرية و7 جنود' }] },
    // Not counted people «من» a side of their own: the other side of a fight.
    { text: 'وقتل قائد الميليشيا و3 جنود من الجيش في اشتباك بين الطرفين.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
  ],
  'counts 16 · a bare figure with its sub-group before a plural verb is the verb\'s subject': [
    { text: 'وذكر مصدر طبي أن أربعة بينهم طفلة قتلوا في القصف المدفعي.', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'وقالت المصادر إن تسعة، بينهم ثلاث نساء، أصيبوا بجروح متفاوتة.', expect: [{ kind: 'injured', count: { value: 9 }, includes: [{ victims: 'women', count: { value: 3 } }] }] },
  ],
  'counts 16 · a date with the month\'s two names between the verb and its subject': [
    { text: 'استشهد، فجر الخميس 14 أكتوبر/ تشرين أول، ثلاثة شبان برصاص قوات الاحتلال.', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'اعتقلت قوات الأمن، يوم 9 حزيران (يونيو)، خمسة طلاب من الجامعة.', expect: [{ kind: 'detained', count: { value: 5 } }] },
  ],
  'precision 16 · an abstract word is a killing verb\'s subject only where a subject stands': [
    // «الياس» (despair) ends a place's name before a verb that opens its own clause with «و».
    { text: 'داهم المسلحون بلدة عين الياس وقتلوا مزارعاً أمام منزله.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A feeling or prices as the subject is still no violence.
    { text: 'الغلاء يقتل آلاف الأسر الفقيرة كل عام.', expect: [] },
  ],
  'counts 16 · fighters and soldiers added by «بالإضافة إلى» are two sides\' tolls': [
    { text: 'قتل أكثر من 30 من مسلحي الحركة بالإضافة إلى أربعة جنود في المعركة.', expect: [{ kind: 'killed', count: { min: 30 }, victims: 'fighters' }, { kind: 'killed', count: { value: 4 }, victims: 'soldiers' }] },
    // Other classes added with a figure of their own are a toll of their own too.
    { text: 'قتل 20 عنصراً من قوات النظام، فضلاً عن خمسة مدنيين.', expect: [{ kind: 'killed', count: { value: 20 } }, { kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
  ],
  'counts 16 · «عدد أكبر من» is a quantity, and a negated verb of result denies its casualties': [
    { text: 'وأحصت المستشفيات 12 قتيلاً وعدداً أكبر من الجرحى.', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'injured', count: { vague: 'many' } }] },
    // «لم يسفر … عن» negates the casualties however far into the clause they stand.
    { text: 'ولم يسفر القصف عن سقوط عدد كبير من الضحايا بسبب خلو المبنى.', expect: [] },
  ],
  'victims 16 · «منهم» points back at a counted group too': [
    { text: 'استهدفت الطائرة المسيرة 15 جندياً قرب الحدود، وقتل أربعة منهم.', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'soldiers' }] },
    { text: 'كانت الدورية مؤلفة من 10 جنود، سقط عدد منهم بين قتيل وجريح.', expect: [{ kind: 'killed', victims: 'soldiers' }, { kind: 'injured', victims: 'soldiers' }] },
  ],
  'counts 16 · a bare figure right after a death idiom is the dead it counts': [
    { text: 'ولقي العشرات حتفهم في الحريق الذي اندلع بعد القصف.', expect: [{ kind: 'killed', count: { vague: 'tens', min: 10 } }] },
    { text: 'حاصرت القوات 20 مسلحاً في المبنى، ولقي خمسة منهم مصرعهم.', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'fighters' }] },
  ],
  'victims 16 · a figure of a state force\'s body counts its members, who are soldiers': [
    // The body named alone after «من» or «في صفوف», with the span running to it.
    { text: 'وأصيب اثنان من الشرطة بجروح طفيفة في إطلاق النار.', expect: [{ kind: 'injured', contains: 'اثنان من الشرطة', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'قتل أربعة من الأمن العراقي في هجوم على نقطة تفتيش.', expect: [{ kind: 'killed', contains: 'أربعة من الأمن العراقي', count: { value: 4 }, victims: 'soldiers' }] },
    { text: 'سقط ستة قتلى في صفوف قوات الأمن خلال المواجهات.', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'soldiers' }] },
    // A member noun takes the class of the body it is of.
    { text: 'قتل ثلاثة عناصر من الشرطة في كمين قرب المدينة.', expect: [{ kind: 'killed', contains: 'عناصر من الشرطة', count: { value: 3 }, victims: 'soldiers' }] },
    // An armed group named like an army is no state body; «بين الجيش و…» names two sides.
    { text: 'قتل أربعة من الجيش الحر في الاشتباكات.', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'fighters' }] },
    { text: 'سقط خمسة قتلى بين الجيش والمسلحين في البلدة.', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'unspecified' }] },
  ],
  'cascade 7 · precision traps': [
    // An attacker in the singular plays football; a part of a toll in hospital is where the wounded are.
    { text: 'أصيب مهاجم المنتخب الوطني خلال المباراة الودية', expect: [] },
    { text: 'أصيب 30 شخصا في المواجهات، 10 منهم في مستشفى المدينة', expect: [{ kind: 'injured', count: { value: 30 } }] },
    // A body whose noun in construct is an animal's or a known person's at a funeral is no dead found.
    { text: 'عثر رعاة على جثث أغنام نافقة قرب الوادي', expect: [] },
    { text: 'وجرى إخراج جثمان الشاعر الراحل من المستشفى إلى المقبرة', expect: [] },
    // A figure right after a noun of time is an hour or a year, never the count.
    { text: 'أصيب الشاب عند الساعة 10 تم نقله إلى المستشفى', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'قتل الشاب في العام 2015 جرى اعتقال قاتله', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «على الأقل» bounds the group only past its side; after a «و», a verb or a preposition it bounds something else.
    { text: 'قتل 5 من عناصر قوات النظام على الأقل', expect: [{ kind: 'killed', contains: 'على الأقل', count: { min: 5 }, victims: 'soldiers' }] },
    { text: 'اعتقلت القوات 30 شابا ونقلتهم إلى سجنين على الأقل', expect: [{ kind: 'detained', contains: '30 شابا', count: { value: 30 } }] },
    { text: 'قتل 4 أشخاص في حادثين منفصلين على الأقل', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'قتل 9 أشخاص بقصف دام ساعة على الأقل', expect: [{ kind: 'killed', count: { value: 9 } }] },
    { text: 'أصيب 7 مدنيين برصاص قناص ظل يطلق النار ساعتين على الأقل', expect: [{ kind: 'injured', count: { value: 7 } }] },
    { text: 'شنت القوات حملة اعتقالات واسعة في المدينة', expect: [{ kind: 'detained', count: null }] },
    // Campaigns carried out are mentions of unknown size; a definite one after its executions refers back to them.
    { text: 'الأمن الداخلي يقوم بحملة اعتقالات في ريف المدينة', expect: [{ kind: 'detained', count: null }] },
    { text: 'نفذ التنظيم عملية إعدام علنية في الساحة العامة', expect: [{ kind: 'executed', count: null }] },
    {
      text: 'أعدم المسلحون أربعة رجال رميا بالرصاص، وقال شهود إن عمليات الإعدام جرت قرب الجسر',
      expect: [{ kind: 'executed', count: { value: 4 } }],
    },
    // One operation made definite is the one the article is about, whether its executions were read or not.
    { text: 'وقال مسؤول محلي إن عملية الإعدام جرت بعد صدور حكم المحكمة', expect: [] },
    { text: 'وأكد الناشطون أن حملة الاعتقالات طالت قرى الريف الشرقي', expect: [] },
  ],
  'verb, «منهم», then the count: a part of a group told before («قتل منهم 5»)': [
    { text: 'وحوصر في المبنى نحو مئة شخص، واستشهد منهم 40 داخل الملجأ', expect: [{ kind: 'killed', count: { value: 40 } }] },
    { text: 'وتوفي منهم العشرات بسبب التعذيب وسوء المعاملة', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }] },
    // They are of the group's class.
    { text: 'وأصيب 10 مدنيين في القصف، توفي منهم اثنان لاحقا', expect: [{ kind: 'injured', count: { value: 10 } }, { kind: 'killed', count: { value: 2 }, victims: 'civilians' }] },
  ],
  'precision16 · an uncounted definite plural before its casualty verb restates a group told before': [
    // «the men were executed»: how the group already counted died, no new toll.
    { text: 'وقال الشهود إن الرجال أعدموا رميا بالرصاص.', expect: [] },
    { text: 'وأضاف أن الأطفال قتلوا وهم يلعبون أمام المنزل.', expect: [] },
    // The twins: a count, a count after the noun, a relative clause that tells who they are, a singular.
    { text: 'وقال الشهود إن خمسة رجال أعدموا رميا بالرصاص.', expect: [{ kind: 'executed', count: { value: 5 } }] },
    { text: 'وقال إن المدنيين الثلاثة قتلوا في القصف.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وقال إن المسلحين الذين نفذوا الهجوم قتلوا.', expect: [{ kind: 'killed' }] },
    { text: 'وقال المسعفون إن العشرات أصيبوا في الانفجار.', expect: [{ kind: 'injured' }] },
  ],
  'cascade 7b · known victims restated': [
    // What an act is for, or where it is done, tells no act: «بذريعة اعتقال»، «أماكن احتجاز».
    { text: 'وغالبا ما تشن القوات حملاتها بذريعة اعتقال عناصر التنظيم في المنطقة', expect: [] },
    { text: 'ولم يعرف شيء عن أماكن احتجاز المعتقلين أو أوضاعهم الصحية', expect: [] },
    { text: 'ولم يتضح بعد من يقف وراء مقتل الرجال العشرة في البلدة', expect: [] },
    // So is what came of it, or when it came.
    { text: 'قتل صحفي برصاص قناص في المدينة. وأثار اغتيال الصحفي موجة غضب واسعة بين زملائه', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'قتل شاب برصاص الجيش قرب السياج. ويأتي مقتل الشاب بعد أيام من مداهمة منزل عائلته', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'استشهد طفل في قصف على الحي. وأعقب استشهاد الطفل إضراب عام في البلدة', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Not another person, nor one of another class or named, nor an act told far before.
    { text: 'قتل جنديان في الهجوم. وفي حادث منفصل أثار مقتل ناشط برصاص مجهولين غضبا واسعا', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', count: { value: 1 } }] },
    { text: 'اعتقلت القوات خمسة شبان. وجاء اعتقال الصحفي محمد السالم بعد ساعات من المداهمة', expect: [{ kind: 'detained', count: { value: 5 } }, { kind: 'detained', count: { value: 1 }, victims: 'journalists' }] },
    // A figure here tells the act: «وراء مقتل 12 مدنيا»; an inquiry is about one told before.
    { text: 'ويحقق الأمن لمعرفة من يقف وراء مقتل 12 مدنيا في انفجار سيارة مفخخة أمس', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'قتل شاب برصاص قناص في درعا. وطالبت عائلته بالتحقيق في مقتل الشاب', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'قتل شاب' }] },
    // «قضى» with a span of time is spending it.
    { text: 'وقال إن 40 أسيرا قضوا عشرين عاما في سجون الاحتلال', expect: [{ kind: 'detained', count: { value: 40 } }] },
    // A kin or family noun with an indefinite casualty word after it: the casualty's people, no casualty told.
    { text: 'وقال والد شهيد من المخيم إن ابنه خرج باكرا', expect: [] },
    { text: 'وطالب أهالي ضحايا التفجير بمحاسبة المسؤولين عنه', expect: [] },
    { text: 'وسقط 5 أطفال شهداء في القصف', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'children' }] },
    // A definite person joined to an indefinite noun is told with someone new: not a restatement.
    {
      text: 'أصيب رجل بشظايا القذيفة. وفي حادثة أخرى أدى القصف إلى إصابة الأم وطفلة في المنزل',
      expect: [{ kind: 'injured', count: { value: 1 } }, { kind: 'injured', contains: 'الأم وطفلة', count: { value: 2 } }],
    },
    // A definite person described by a relative clause of the casualty, after the toll was told, is that person.
    {
      text: 'قتل رجل بقصف على الحي. وقالت مصادر إن الرجل الذي فقد حياته في القصف كان يعمل في فرن البلدة',
      expect: [{ kind: 'killed', contains: 'قتل رجل' }],
    },
    // With no toll before it, the relative clause is the first telling.
    { text: 'وقالت مصادر إن الرجل الذي قتل في القصف كان يعمل في فرن البلدة', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A name in quotes after the definite noun makes the person new.
    {
      text: 'استشهد شاب برصاص الاحتلال قرب الحاجز. وأعلنت الوزارة لاحقا استشهاد المسن "سليم عودة" متأثرا بجروحه',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', contains: 'المسن', count: { value: 1 } }],
    },
    {
      // Definite, uncounted victims after a casualty word are ones just told; a name or «الآخر» makes them new.
      text: 'قتل ثلاثة صيادين بانفجار لغم قرب الشاطئ. وقال الأهالي إن مقتل الصيادين الثلاثة أثار غضبا واسعا',
      expect: [{ kind: 'killed', count: { value: 3 } }],
    },
    {
      text: 'أصيب طفلان بشظايا قذيفة. ونقلت الطفلة سلمى إلى المشفى بعد إصابة الطفل الآخر',
      expect: [{ kind: 'injured', count: { value: 2 } }, { kind: 'injured', contains: 'إصابة الطفل', count: { value: 1 } }],
    },
    // A plural pronoun of no figure on a passive or a verb restates the people of a mention of its kind just read…
    { text: 'أعدم مسلحو التنظيم ستة رجال في ساحة البلدة بتهمة التعاون مع الجيش. وقالت مصادر محلية إن الذين تم إعدامهم من أبناء القرية', expect: [{ kind: 'executed', count: { value: 6 } }] },
    { text: 'اعتقلت الشرطة خمسة شبان في الحي. وقال شهود إن الشرطة داهمت المنزل فجرا فقامت باعتقالهم', expect: [{ kind: 'detained', count: { value: 5 } }] },
    // …but not a counted group of its own sentence, nor when nothing of its kind was told.
    {
      text: 'أعدم التنظيم شابين في الرقة. وفي دير الزور جمع المسلحون عشرات الرجال الذين حاولوا الفرار من البلدة في ساعات الفجر الأولى، ثم تم إعدامهم رمياً بالرصاص',
      expect: [{ kind: 'executed', count: { value: 2 } }, { kind: 'executed', contains: 'إعدامهم', count: { min: 10, vague: 'tens' } }],
    },
    { text: 'قتل شاب برصاص مجهولين. وأكد ذوو الشبان الثلاثة أنه تم اعتقالهم على حاجز للشرطة العسكرية', expect: [{ kind: 'killed' }, { kind: 'detained', contains: 'اعتقالهم' }] },
  ],
  'cascade 8 · denials and «آخرين»': [
    // «آخرون» takes the class before it, even masculine after women (as annotators of real reports read it); a feminine
    // «أخريات» stays women; «عدد آخر من المدنيين» names its own.
    { text: 'قتلت سيدة وأصيب آخرون بقصف على الحي', expect: [{ kind: 'killed', victims: 'women' }, { kind: 'injured', victims: 'women' }] },
    { text: 'قتلت سيدة وأصيبت أخريات بقصف على الحي', expect: [{ kind: 'killed', victims: 'women' }, { kind: 'injured', victims: 'women' }] },
    { text: 'أدى القصف إلى مقتل طفل وإصابة عدد آخر من المدنيين', expect: [{ kind: 'killed', victims: 'children' }, { kind: 'injured', victims: 'civilians' }] },
    // A bare figure after «و» and a casualty word leaves out the noun of the statement before, as «آخرين» does.
    {
      text: 'قال المسعفون إن القصف أدى إلى إصابة 9 مدنيين ومقتل ثلاثة',
      expect: [{ kind: 'injured', count: { value: 9 }, victims: 'civilians' }, { kind: 'killed', count: { value: 3 }, victims: 'civilians' }],
    },
    {
      text: 'قتل 5 عناصر من قوات النظام وأصيب 8 في كمين قرب المطار',
      expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 8 }, victims: 'soldiers' }],
    },
    // A vague figure names no noun it leaves out.
    { text: 'قتل 4 مدنيين وأصيب العشرات في السوق', expect: [{ kind: 'killed', victims: 'civilians' }, { kind: 'injured', victims: 'unspecified' }] },
    { text: 'نفى الجيش مقتل أي مدني في الغارة على قرية البارة', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { denied: true } }] },
    {
      text: 'قتل 6 عناصر من قوات النظام وأصيب 9 آخرون في هجوم على حاجز',
      expect: [
        { kind: 'killed', count: { value: 6 }, victims: 'soldiers' },
        { kind: 'injured', count: { value: 9 }, victims: 'soldiers' },
      ],
    },
  ],
  'cascade 7c · no casualty of violence: figures of speech and disease (with includeNonFacts)': [
    // Prices, poverty and feelings kill only in a figure of speech, before or after the verb.
    { text: 'التضخم يقتل ملايين الأسر الفقيرة في البلاد', options: { includeNonFacts: true }, expect: [] },
    { text: 'وقتل الفقر خلال العقد الماضي آلاف الأطفال', options: { includeNonFacts: true }, expect: [] },
    // «إصابة بـ» a disease is a case of it, no injury; a death from one is no casualty of violence.
    { text: 'وسجلت المديرية 7 إصابات جديدة بالحصبة', options: { includeNonFacts: true }, expect: [] },
    { text: 'أعلنت الوزارة تسجيل إصابتين جديدتين بالملاريا في المخيم', options: { includeNonFacts: true }, expect: [] },
    { text: 'وأصيب 30 طفلا بالإسهال في المخيم', options: { includeNonFacts: true }, expect: [] },
    { text: 'وتوفي طفلان جراء الحصبة في المخيم', options: { includeNonFacts: true }, expect: [] },
    // A disease named for something else leaves the casualty as it is.
    { text: 'وقتل 4 مدنيين في قصف طال مركزا لعلاج الكوليرا', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    // A cause of violence in the same clause keeps the casualty, and so does a disease the victims bear («مرضى بـ»).
    { text: 'وتوفي 6 أشخاص بالحمى والقصف العشوائي على المخيم', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 6 } }] },
    { text: 'واستشهدت 4 نساء مريضات بالسرطان في غارة على المشفى', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'women' }] },
    { text: 'القلق يقتل 3 مسنين خلال غارة ليلية على الحي', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // Hunger under siege stays out: the corpus guide does not count it as a casualty of the conflict.
    { text: 'وقتل الجوع 12 مسنا في البلدة المحاصرة', options: { includeNonFacts: true }, expect: [] },
    // «من كل» makes a ratio only before a figure: «من كل أحياء المدينة» names places.
    { text: 'قوات الأمن تعتقل 9 شبان من كل أحياء المدينة', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 9 }, flags: { hypothetical: false } }] },
    { text: 'يصاب طفل من كل عشرة أطفال في المخيمات بفقر الدم', options: { includeNonFacts: true }, expect: [{ kind: 'injured', flags: { hypothetical: true } }] },
  ],
  'cascade 7d · habits: the window stays in the mention\'s own phrase (with includeNonFacts)': [
    // A habit word in a relative clause or past «خلال/أثناء» qualifies that, not the mention.
    { text: 'قتل 4 مدنيين في انفجار قرب المزار الذي يقصده الآلاف كل عام', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 4 }, flags: { hypothetical: false } }] },
    { text: 'قوات الأمن تعتقل 11 شابا أثناء مداهمات تنفذها يوميا في الأحياء', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 11 }, flags: { hypothetical: false } }] },
    // Kin and a definite noun with names after it are persons, not a class: an event, whatever «ين» is.
    { text: 'قوات الأمن تعتقل الشقيقين في مداهمة شرق المدينة', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 2 }, flags: { hypothetical: false } }] },
    { text: 'القوات تعتقل الصحفيين خالد وسامر من منزلهما', options: { includeNonFacts: true }, expect: [{ kind: 'detained', victims: 'journalists', flags: { hypothetical: false } }] },
    // A definite class of people after a present verb stays a habit.
    { text: 'الميليشيا تعتقل المدنيين في الحواجز', options: { includeNonFacts: true }, expect: [{ kind: 'detained', flags: { hypothetical: true } }] },
  ],
  'cascade 8b · denials: what is denied, and claims (with includeNonFacts)': [
    // A denial before a relative clause that holds the mention denies something else; a denied report is its content.
    { text: 'نفى المتحدث العسكري أن تكون الغارة التي أدت إلى مقتل 9 مدنيين قد نفذتها طائراتهم', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 9 }, flags: { denied: false } }] },
    { text: 'نفت الشرطة التقارير التي تحدثت عن اعتقال 30 متظاهرا', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 30 }, flags: { denied: true } }] },
    // A report called false after it in its clause is denied; one called false in another clause is not.
    {
      text: 'وقالت الوزارة إن التقارير عن مقتل 30 مدنيا في المدينة "مفبركة"',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', count: { value: 30 }, flags: { denied: true } }],
    },
    { text: 'وقال المتحدث إن الأنباء عن إعدام 5 أسرى عارية عن الصحة', options: { includeNonFacts: true }, expect: [{ kind: 'executed', count: { value: 5 }, flags: { denied: true } }] },
    {
      text: 'وتحدثت التقارير عن مقتل 30 مدنيا في المدينة، وقالت الوزارة إن صور النظام مفبركة',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', count: { value: 30 }, flags: { denied: false } }],
    },
    // A claim reports; it denies nothing.
    { text: 'وزعمت الجماعة مقتل 14 جنديا في الهجوم', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 14 }, flags: { denied: false } }] },
    // The noun of denial with its pronoun denies as the verb does.
    { text: 'وجددت القوات نفيها المسؤولية عن مقتل 8 مدنيين في السوق', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 8 }, flags: { denied: true } }] },
    // An actor named in a denial is not borrowed as the agent of the deaths the next sentence tells.
    {
      text: 'نفت القيادة العسكرية الأميركية الاتهامات بقتل مدنيين في غارة شاركت فيها قوات أميركية قرب البلدة. وقال وجهاء البلدة إن 4 رعاة قتلوا في الغارة.',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', flags: { denied: true } }, { kind: 'killed', count: { value: 4 }, actors: [], flags: { denied: false } }],
    },
    // A capital before a colon is the dateline, no agent.
    { text: 'موسكو: قتل 6 مدنيين في قصف على قرية بريف إدلب', expect: [{ kind: 'killed', count: { value: 6 }, actors: [] }] },
    // A denial told after the report, in its sentence: a relative and the verb with the report as its pronoun, or «ذلك».
    { text: 'واتهم ناشطون الشرطة باعتقال 20 طالبا من السكن الجامعي، وهو ما نفته الشرطة في بيان', options: { includeNonFacts: true }, expect: [{ kind: 'detained', count: { value: 20 }, flags: { denied: true } }] },
    { text: 'وأفادت مصادر محلية بمقتل 7 مزارعين في قصف مدفعي، الأمر الذي تنفيه القوات الحكومية', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 7 }, flags: { denied: true } }] },
    { text: 'وقال السكان إن 3 صيادين قتلوا في الغارة، لكن التحالف نفى ذلك', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 3 }, flags: { denied: true } }] },
    // Guard: a report of its kind told between, a responsibility, a figure or a claim denied leave the report a fact.
    {
      text: 'قتل 3 جنود في هجوم على حاجز، وقتل 5 مدنيين بقصف انتقامي، وهو ما نفاه الجيش',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', count: { value: 3 }, flags: { denied: false } }, { kind: 'killed', count: { value: 5 }, flags: { denied: true } }],
    },
    { text: 'قتل 4 مدنيين بغارة جوية على القرية، ونفى الجيش مسؤوليته عن ذلك', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 4 }, flags: { denied: false } }] },
    { text: 'قتل 12 مدنيا بغارة على السوق، ما يكذب مزاعم الوزارة بأن هذه الغارات تستهدف المسلحين', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 12 }, flags: { denied: false } }] },
    { text: 'قتل 8 أشخاص في القصف، ونفت مصادر طبية هذا الرقم وقالت إن العدد أكبر', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 8 }, flags: { denied: false } }] },
    // Guard: a claim told between the report and the denial is what is denied; so is the act a relative after a noun names.
    { text: 'قتل شاب برصاص الجنود عند المعبر، بزعم أنه حاول دهس أحدهم، وهو ما نفته عائلته', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 1 }, flags: { denied: false } }] },
    { text: 'وقتل 9 مدنيين في التفجير الذي نفت الجماعة صلتها به', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 9 }, flags: { denied: false } }] },
    { text: 'وقتل 9 مدنيين في التفجير الذي نفاه التنظيم', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 9 }, flags: { denied: false } }] },
  ],
  'cascade 3o · victim words: trades, activists, suspects, prisoners': [
    // «All of them (are)» and a victim noun after the group name its class.
    { text: 'وقال الطبيب إن عدد الجرحى تسعة جميعهم من الأطفال', expect: [{ kind: 'injured', count: { value: 9 }, victims: 'children' }] },
    // Two classes joined after «جميعهم من»: the class of both.
    { text: 'قتل 12 شخصا، جميعهم من الأطفال والنساء، في قصف على الحي', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'civilians' }] },
    { text: 'أصيب خمسة أشخاص، كلهم مدنيون، في الانفجار', expect: [{ kind: 'injured', count: { value: 5 }, victims: 'civilians' }] },
    // Attackers killed or held are fighters; as a subject they are the agent.
    { text: 'وقتلت قوات الأمن أربعة مهاجمين بعد اشتباك استمر ساعتين', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'fighters' }] },
    { text: 'المهاجمون قتلوا ثلاثة حراس عند البوابة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    // Workers of civilian trades are civilians; employees and activists persons by their role, civilians when so called.
    { text: 'قتل أربعة صيادين بقصف استهدف زورقهم قرب الساحل', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'واغتال مسلحون مجهولون الناشط المدني سالم العبد في المدينة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians' }] },
    { text: 'وأصيب ثلاثة موظفين في البلدية بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'people' }] },
    { text: 'واعتقلت الشرطة خمسة نشطاء من أمام مقر النقابة', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    // Spies, the wanted and foreigners are people; rebels fight; the innocent are civilians.
    { text: 'أعدمت الجماعة سبعة جواسيس في ساحة البلدة', expect: [{ kind: 'executed', count: { value: 7 }, victims: 'people' }] },
    { text: 'وداهمت القوات الحي واعتقلت ستة مطلوبين', expect: [{ kind: 'detained', count: { value: 6 }, victims: 'people' }] },
    { text: 'وخطف مجهولون ثلاثة أجانب من فندق في العاصمة', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'وقتل عشرات المتمردين في معارك شرق البلاد', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, victims: 'fighters' }] },
    // Detainees who are killed, injured or executed are persons named by what they were.
    { text: 'وأعلنت هيئة شؤون الأسرى استشهاد أسير في سجن النقب', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وتوفي ثلاثة معتقلين تحت التعذيب في السجن المركزي', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    // The casualty noun itself as the subject names no class: «سقط قتيل».
    { text: 'وسقط قتيل وأصيب اثنان آخران في إطلاق نار على السوق', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'unspecified' }, { kind: 'injured', count: { value: 2 }, victims: 'unspecified' }] },
    { text: 'وأودى القصف بحياة العشرات من الأبرياء في السوق', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' }, victims: 'civilians' }] },
  ],
  'cascade 3e · members take the class of the body they are of': [
    { text: 'وأكدت الوزارة استشهاد 40 عنصرا من الطواقم الطبية منذ بدء الحرب', expect: [{ kind: 'killed', count: { value: 40 }, victims: 'medical' }] },
    // A figure of groups joined by «و» counts them all, of mixed class.
    { text: 'واعتقلت الشرطة خمسة من القادة والأعضاء في الحزب المعارض', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    // Members of an armed body named by no actor are fighters; of a union or a council, people.
    { text: 'وأفادت مصادر محلية بأن اثنين من أعضاء هذه الجماعة أصيبا في الغارة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'واعتقلت الشرطة خمسة من أعضاء النقابة أمام مقرها', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    // Members of an armed side stay fighters.
    { text: 'وقتل ستة عناصر من المسلحين في الاشتباك', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'fighters' }] },
  ],
  'cascade 2d · the object of an active verb, not its subject': [
    // A figure with a noun after it counts that noun: the subject before it is the agent.
    { text: 'واختطف مسلحون ثلاثة سائقين على طريق المطار', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'crew' }] },
    { text: 'وقتل مسلحون خمسة مزارعين في حقولهم', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
    // A title and a name after the subject name one person, the object.
    { text: 'وخطف مسلحون مجهولون أمس المهندس سامر الحلبي من أمام منزله', expect: [{ kind: 'detained', contains: 'المهندس سامر الحلبي', count: { value: 1 }, victims: 'people' }] },
    { text: 'وذكر الأهالي أن الجنود اعتقلوا الشاب نادر عيسى بعد تفتيش منزله', expect: [{ kind: 'detained', contains: 'الشاب', count: { value: 1 }, victims: 'people' }] },
    // A subject before a plural verb is the agent when a group marked as the object by its ending follows.
    { text: 'وقال شهود إن المتمردين أعدموا شابين في ساحة السوق', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    // A definite victim word after the subject is still its adjective, and a figure after a noun with no noun after it
    // counts that noun.
    { text: 'وأعدم مسلحو التنظيم الإرهابي صباح اليوم سبعة رجال', expect: [{ kind: 'executed', count: { value: 7 }, victims: 'people' }] },
    { text: 'وقتل صحفيان اثنان في القصف', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'journalists' }] },
    // «عددا من» before a side is a counted object too: the group before the verb is its agent, not its victims.
    { text: 'وذكرت الوكالة أن عناصر قسد قتلوا عددا من مسلحي تنظيم الدولة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    { text: 'وقالت مصادر محلية إن مقاتلي الفصائل أسروا عددا من قوات النظام', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'soldiers', actors: ['opposition'] }] },
    { text: 'وقتل عدد من قوات النظام بانفجار لغم', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'soldiers' }] },
    // A counted participle after the subject is the object as well: the soldiers are the agents.
    { text: 'واعتقل جنود الاحتلال خمسة معتقلين سابقين من منازلهم', expect: [{ kind: 'detained', count: { value: 5 } }] },
  ],
  'cascade 3f · titled persons joined by «و»': [
    { text: 'واعتقلت القوات الطفل سامي منير العلي البالغ من العمر 15 عاماً، والطفل حسن الراوي', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'children' }] },
    { text: 'وأسفر الهجوم عن مقتل القائد الميداني نزار الأحمد والمسعف رامي يوسف', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A lone title keeps its count; a «و» with no second title after the name joins something else.
    { text: 'واعتقلت الدورية الشاب ماهر سليم وصادرت هاتفه', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وأصيب المزارع خليل حمدان وتضررت أرضه بالقصف', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'civilians' }] },
  ],
  'recallB 3a · kin after a titled or apposed person, a repeated title, office holders': [
    // A secretary-general and a deputy are office holders too.
    { text: 'أعلن الحزب اغتيال الأمين العام للحركة خالد سليم في غارة على منزله.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'أصيب معاون قائد الشرطة في انفجار عبوة ناسفة قرب المبنى.', expect: [{ kind: 'injured', count: { value: 1 } }] },
    // Kin with a pronoun back to a titled person, past his name, is one more person.
    { text: 'واستشهد الفتى يوسف النجار ووالده في القصف على الحي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'واعتقلت الدورية المعلم سليم عوض وابنه من منزلهما', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    // A surname that is a victim noun too («الخطيب»، «الأرمني»، «الصحفي») ends no name: the kin after it still counts.
    { text: 'واعتقلت قوات الاحتلال الشاب ياسر الخطيب ونجله من منزلهما في البلدة', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'وقتل الطالب سركيس الأرمني وشقيقه في الغارة على الحي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A head, what it is of and a name between commas, then kin with a pronoun.
    { text: 'واعتقلت القوات مدير مدرسة القرية، نادر سلامة، وشقيقه عماد، فجر اليوم', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    // A personal name right after «لقي», closed by kin with a pronoun: the idiom counts both.
    { text: 'ولقي جميل الحوراني وزوجته حتفهما حين سقطت القذيفة على منزلهما', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // The same title after a comma and «و», each with its description: two persons.
    {
      text: 'وأسفر الكمين عن مقتل القائد الميداني السابق في كتائب الفجر أبو حمزة، والقائد الميداني السابق في لواء الصمود رائد الخلف',
      expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }],
    },
    // Holders of an office are people; a leader takes the class of what he leads.
    { text: 'وأصيب نائب مدير الناحية بجروح طفيفة في الانفجار', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'واختطف مسلحون مدير مشفى البلدة أثناء عودته إلى منزله', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'medical' }] },
    // A state's governor («الوالي»، «والي ولاية») and ranks of two words («مساعد أول»، «رائد ركن»).
    { text: 'وأعلنت السلطات مقتل والي ولاية النيل الأزرق في كمين نصبه مسلحون على طريق المطار', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقالت مصادر إن مسلحين اغتالوا الوالي أثناء عودته إلى مقر الحكومة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Guard: «والى» is «وإلى» folded, no governor.
    { text: 'واستشهد والى جانبه ثلاثة من رفاقه في الغارة', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وقتل مساعد أول في الشرطة العسكرية بانفجار عبوة قرب الحاجز', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'وأصيب رائد ركن في الجيش خلال المعارك على أطراف المدينة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'soldiers' }] },
    // Guard: «وإلى جانبهم» after a toll adds no one.
    { text: 'وقتل 3 أشخاص في القصف وإلى جانبهم دمرت عدة منازل', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    // Kin with the nominative hamza on و, and a mother or uncle with a plural pronoun.
    { text: 'واستشهد رجل وأبناؤه الأربعة في غارة على منزلهم', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'وأدى القصف إلى مقتل ثلاثة أطفال وأمهم في الحي الشرقي', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'وأصيب شاب وعمه برصاص قناص عند مدخل البلدة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    // A lone titled person keeps one; a verb after «و» is no kin.
    { text: 'واعتقلت الدورية الشاب نادر سلامة وصادرت سيارته', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال مدير المشفى إن أربعة مدنيين قتلوا في القصف', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    // Counted others joined to a group, or to a titled person, are more of them; a comma may stand before kin.
    { text: 'وأعدم المسلحون رجلا وخمسة آخرين في ساحة القرية', expect: [{ kind: 'executed', count: { value: 6 }, victims: 'people' }] },
    { text: 'وأدى الانفجار إلى مقتل الشاب كمال عيسى وثلاثة آخرين', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    { text: 'وأودى القصف بحياة المدعو سالم القاسم، وابنه رامي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A rank after «برتبة» is part of the group before «و».
    { text: 'وأعلن الجيش مقتل ضابط برتبة رائد وجندي في الاشتباك', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    // A titled person past the subject and a time between commas is the object.
    { text: 'واعتقلت الشرطة، مساء أمس، الشاب سامي العودة من منزله', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // A child in ة with a pronoun is one more person; a nominative plural in construct is the subject of an object after it.
    { text: 'وقتلت امرأة وطفلتها بقذيفة على منزلهما', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'civilians' }] },
    { text: 'وخطف مسلحو جماعة مجهولة صباح اليوم، 14 شخصا من ركاب الحافلة', expect: [{ kind: 'detained', count: { value: 14 }, victims: 'people' }] },
  ],
  'tuneg2 1 · ranks and offices that title a personal name': [
    // A rank that is also a common word titles a person only before a name, in quotes or not.
    { text: 'وخطف مسلحون مجهولون، المقدم "سالم الورفلي" مدير مركز الشرطة في المدينة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'وأبلغت العائلة عن اختفاء الرائد خالد منصور الفيتوري منذ يومين', expect: [{ kind: 'missing', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'وأصيب الفريق أول ماجد الخطيب في الهجوم على موكبه', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'soldiers' }] },
    { text: 'واعتقلت قوات الأمن العميد الركن سامي الحلو', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'soldiers' }] },
    // An office in construct with what it heads, then the name: one person.
    { text: 'واختطف مسلحون مجهولون ظهر اليوم رئيس المجلس البلدي للمدينة فرج السنوسي أثناء خروجه من مكتبه', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقام مسلحون باختطاف محافظ المدينة ناصر الحاسي واقتادوه إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // A commander («آمر», also an order) is a fighter, as «قائد» is; the subject of «قيام» before «بـ» is the agent.
    { text: 'وتوترت الأوضاع بعد قيام قوات النظام باعتقال آمر الكتيبة الثالثة صالح بوزيد', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'fighters', actors: ['syrian-government'] }] },
    // No name after them: the presenter, the head of government and an order stay what they are.
    { text: 'وقال المقدم إن الحلقة تناولت اعتقال الصحفيين', expect: [{ kind: 'detained', victims: 'journalists' }] },
    { text: 'وأعلن رئيس الحكومة مقتل ثلاثة جنود في الهجوم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'وأمر الرئيس سامي الحلو بإطلاق سراح المعتقلين بعد مقتل ثلاثة منهم', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وجاء اعتقال الشاب بناء على أمر النائب العام سامي الحلو', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
  ],
  'tuneg2 2 · responders to the scene are no agents': [
    // A force that heads to the scene after the harm came after it; a force that heads somewhere and then acts is the agent.
    {
      text: 'قتل شاب وأصيب اثنان في هجوم مسلح على حاجز، وقال مصدر إن دورية من قوات النظام توجهت إلى مكان الحادث',
      expect: [{ kind: 'killed', count: { value: 1 }, actors: [] }, { kind: 'injured', count: { value: 2 }, actors: [] }],
    },
    { text: 'توجهت قوات النظام إلى القرية واعتقلت خمسة شبان', expect: [{ kind: 'detained', count: { value: 5 }, actors: ['syrian-government'] }] },
  ],
  'tuneg2 4 · the side spied for is what the victims were charged with': [
    { text: 'وقال ناشطون إن محكمة تابعة لتنظيم داعش اتهمت الشبان الذين تم اعتقالهم الشهر الماضي بالتجسس لصالح التحالف الدولي', expect: [{ kind: 'detained', actors: ['isis'] }] },
  ],
  'session13 · membership or ties after the victims name their body, no agent': [
    { text: 'اعتقل خمسة شبان يشتبه بانتمائهم إلى تنظيم داعش في ريف دير الزور', expect: [{ kind: 'detained', count: { value: 5 }, actors: [] }] },
    { text: 'أعدم رجلان ينتمون إلى هيئة تحرير الشام في ساحة عامة بريف حلب', expect: [{ kind: 'executed', count: { value: 2 }, actors: [] }] },
    // The subject before stays the agent.
    { text: 'اعتقلت قوات النظام ستة شبان يشتبه بأنهم أعضاء في تنظيم داعش قرب مدينة الميادين', expect: [{ kind: 'detained', count: { value: 6 }, actors: ['syrian-government'] }] },
    // The attackers' membership names them: before the victims, or after a word of the attack.
    { text: 'عناصر ينتمون إلى تنظيم داعش قتلوا أربعة رعاة في بادية حمص', expect: [{ kind: 'killed', count: { value: 4 }, actors: ['isis'] }] },
    { text: 'وقتل سبعة مدنيين في هجوم نفذه أعضاء في تنظيم داعش على قرية شرق الفرات', expect: [{ kind: 'killed', count: { value: 7 }, actors: ['isis'] }] },
  ],
  'tuneg2 5 · the sponsor of the victims\' unit is no agent': [
    { text: 'وتبنى تنظيم داعش الهجوم. وقتل في الهجوم ستة جنود من وحدة خاصة دربتها القوات الروسية', expect: [{ kind: 'killed', count: { value: 6 }, actors: ['isis'] }] },
  ],
  'recallB 5a · idioms: suffering from suffocation, fighting death, wiping out': [
    { text: 'وعانى العشرات من الاختناق بعد سقوط القنابل الغازية قرب المدرسة', expect: [{ kind: 'injured', count: { vague: 'tens', min: 10 } }] },
    { text: 'وتسبب القصف بمعاناة 15 طفلا من حالات اختناق', expect: [{ kind: 'injured', count: { value: 15 }, victims: 'children' }] },
    // Suffering of no injury, and the injured already told, are no new mention.
    { text: 'ويعاني آلاف الأطفال في المخيم من سوء التغذية', expect: [] },
    { text: 'وتعرض العشرات للاعتقال خلال الأسبوع الماضي', expect: [{ kind: 'detained', count: { vague: 'tens', min: 10 } }] },
    // Fighting death is a wound; the verb's ending counts (a present dual is two), and a wound told before is the same.
    { text: 'ونقلت الشقيقتان إلى مستشفى المدينة حيث تصارعان الموت', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'وأصيبت طفلة بشظايا في رأسها وما تزال تصارع الموت', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'وأبيدت أسرة كاملة مكونة من ستة أفراد في الغارة', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people' }] },
    { text: 'وتواصل القوات حرب الإبادة منذ شهور', expect: [] },
  ],
  'recallB 6a · states and detention: the fate of a bare figure, raid campaigns': [
    { text: 'ولا يزال مصير العشرات مجهولا بعد غرق القارب', expect: [{ kind: 'missing', count: { vague: 'tens', min: 10 } }] },
    { text: 'وقتل ثلاثة صيادين، فيما بقي مصير خمسة آخرين مجهولا', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'missing', count: { value: 5 }, victims: 'civilians' }] },
    // The wounded as a state of a counted group; a fate with a pronoun said unknown is its group's.
    { text: 'ووصل إلى مستشفى البلدة 6 شبان مصابين بالرصاص الحي', expect: [{ kind: 'injured', count: { value: 6 }, victims: 'people' }] },
    { text: 'وزار المحافظ الأطفال المصابين في المستشفى', expect: [] },
    { text: 'واختطف المسلحون 3 سائقين على الطريق ولا يزال مصيرهم مجهولا', expect: [{ kind: 'detained', count: { value: 3 } }, { kind: 'missing', count: { value: 3 } }] },
    // «كلاً من» opens a list of named persons, one each, with a class, a colon, quotes, ages or kin.
    { text: 'وداهمت الدورية الحي، واعتقلت كلاً من: رامز وفادي سليم العمر، ونبيل الحاج، وسعيد مراد.', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    // A definite victim noun last in a listed name is a family name («الخطيب» the preacher, «الحداد» the smith).
    { text: 'واغتال مجهولون كلاً من مازن الخطيب وعمر الحداد في بلدة طفس', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A semicolon may open the list as a colon does, and a resumptive «خلالها» may stand before «كلاً من».
    { text: 'وشنت الدورية حملة دهم اعتقلت خلالها كلاً من؛ ماهر يوسف الحسن، وعلي سالم، وبلال العمر.', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'وقال شهود إن المسلحين أعدموا كلاً من الرجال: "خليل الخليل، ماجد نور وحسام الدين"، ثم انسحبوا.', expect: [{ kind: 'executed', count: { value: 3 }, victims: 'people' }] },
    { text: 'وأصيب كل من نزار العمر (41 عاما) وزوجته بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    { text: 'وجرح كل من سامر وخالد في الغارة على البلدة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people', contains: 'سامر وخالد' }] },
    { text: 'وشنت قوات الأمن حملة دهم طالت 18 شابا في أحياء المدينة', expect: [{ kind: 'detained', count: { value: 18 }, victims: 'people' }] },
    { text: 'وشنت القوات حملة دهم وتفتيش شملت عشرات المنازل', expect: [] },
    { text: 'ونفذت الدوريات حملة دهم في القرية فجر اليوم', expect: [] },
    // A relative before the verb of reaching links it all the same; reaching a place or houses names no one.
    { text: 'وطالبت المنظمة بالإفراج عن المعتقلين في حملة الاعتقالات التي طالت 22 طالبا الأسبوع الماضي', expect: [{ kind: 'detained', count: { value: 22 }, victims: 'people' }] },
    { text: 'وأدان الأهالي عمليات الاختطاف التي شملت العشرات من أبناء القرية', expect: [{ kind: 'detained', count: { vague: 'tens', min: 10 } }] },
    { text: 'وتوقفت الاعتقالات التي طالت المدينة خلال الشهر الماضي', expect: [] },
    { text: 'وأنهت القوات حملة الدهم التي شملت عشرات المنازل في الحي', expect: [] },
    // The verb of reaching before its subject, a definite casualty noun, then the people past «أيضاً»; and a comma
    // parting the verb from the noun's place.
    { text: 'وشملت الاعتقالات أيضاً الشقيقين سامي نور الدين وعادل نور الدين من الحي الشرقي', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'وطالت الإعدامات ثلاثة شبان من القرية', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'ونفذت الجماعة حملة اختطافات في القرى الشرقية، طالت عدداً من المعلمين', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    { text: 'ونفذت الدوريات حملة دهم واعتقالات، طالت سبعة شبان من الحي', expect: [{ kind: 'detained', count: { value: 7 }, victims: 'people' }] },
    { text: 'وطالت الاعتقالات المدينة خلال الشهر الماضي', expect: [] },
  ],
  'cascade 3g · a nationality counted by «واحد» after it': [
    { text: 'واختطفت المجموعة خمسة هنود وصينيا واحدا من موقع الحفر', expect: [{ kind: 'detained', count: { value: 6 }, victims: 'people' }] },
    { text: 'وأصيب ألماني واحد في الهجوم على الفندق', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'cascade 2e · coordinated verbs share their object («أو» too)': [
    {
      text: 'وقالت الجماعة إن مقاتليها قتلوا أو جرحوا 25 جنديا في الهجوم',
      expect: [{ kind: 'killed', count: { value: 25 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 25 }, victims: 'soldiers' }],
    },
    { text: 'وقتل أو جرح نحو 40 شخصا في المواجهات', expect: [{ kind: 'killed', count: { value: 40, approximate: true } }, { kind: 'injured', count: { value: 40, approximate: true } }] },
    // The subject group may stand first, or after the first verb: the verb joined after it shares it, one mention per kind.
    { text: 'وأكد الجيش أن 9 من عناصره قتلوا أو أصيبوا في الكمين', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { value: 9 } }] },
    { text: 'واستشهد 6 مسعفين أو أصيبوا خلال محاولتهم الوصول إلى الحي', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'medical' }, { kind: 'injured', count: { value: 6 }, victims: 'medical' }] },
    // A last verb with its own subject after it reads its own group.
    { text: 'وأفاد الدفاع المدني بأن طفلين قتلا وأصيب ثالث بجروح', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 1 } }] },
    // A singular subject before two verbs: each verb has its own subject.
    {
      text: 'وأفاد المرصد بأن شرطيا قتل وأصيب اثنان آخران في الانفجار',
      expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 2 }, victims: 'soldiers' }],
    },
  ],
  'cascade 3h · a definite sound plural is the group, not two of it': [
    { text: 'وأدانت المنظمة اعتقال الصحفيين في العاصمة', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'journalists' }] },
    // «مدنيين» or a nationality's «-ين» right after a casualty word is the group too (its dual is written alike), unless a
    // dual pronoun follows or a fatha marks the dual; other nouns' «-ين» there is two, and so is a definite noun with a
    // broken plural.
    { text: 'وأسفرت الغارة عن استشهاد مدنيين في البلدة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'وأدانت الحركة اعتقال لبنانيين على الحدود', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'people' }] },
    { text: 'وأسفرت الغارة عن استشهاد مدنيين بينهما امرأة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'civilians' }] },
    { text: 'وأصيب فلسطينيَّين برصاص الجنود', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأدانت الحركة اعتقال فلسطينيّيْن عند الحاجز', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأعلنت الشرطة اغتيال قياديين في الحزب', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // A counted «آخرين» after it makes it two (the writer would have counted a plural too); an uncounted one does not.
    { text: 'وأسفر القصف عن مقتل مدنيين وإصابة خمسة آخرين', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 5 } }] },
    { text: 'وأسفر القصف عن مقتل مدنيين وإصابة آخرين', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وأعلنت المصادر استشهاد الطفلين في القصف', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }] },
    // A participle takes the sound plural too: «المواطنين»، «المسعفين» are the group.
    { text: 'وندد البيان بقتل المواطنين في القرى الحدودية', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'وطالبت النقابة بالإفراج بعد اعتقال المسعفين في المدينة', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'medical' }] },
  ],
  'cascade 3i · a noun in و, and a companion past a short phrase': [
    // «عضو» takes its endings: «عضواً»، «عضوين».
    { text: 'واعتقلت قوات الأمن عضوين في المجلس البلدي', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'واغتال مجهولون عضواً في مجلس المحافظة ومرافقه', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // Without a pronoun back, the «و» joins something else.
    { text: 'وأصيب عضو في المجلس وتضررت سيارته', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    // A companion right after the head, past one adjective, or past a phrase that names a side; one of the crew with
    // a pronoun («سائقه») is one person, where the crew («طاقمها») is of no size.
    { text: 'واغتيل موظف وسائقه على طريق المطار', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'واختطف مسلحون طبيبا متطوعا وسائقه قرب العيادة', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'وقتل ضابط في الجيش ومرافقه بعبوة ناسفة', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وقتل موظف محلي وأصيب سائقه في الكمين', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }] },
  ],
  'recallH 1 · the genitive dual in construct with her or their («طفليها»، «طاقميهما»)': [
    // On a noun that takes the sound plural («لاجئ»، «نازح»: the فاعل pattern) «ي» + pronoun is that plural.
    { text: 'وأدى القصف على البلدة إلى مقتل لاجئيها', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'أصيب لاجئوها في القصف', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    // «ي» + her/their on a noun that is no participle or nisba is a dual: two; a crew or a family stays of no size.
    { text: 'وأصيب طفليها بشظايا القذيفة التي سقطت على المنزل', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'children' }] },
    { text: 'وتسبب الانفجار بمقتل عاملين وطفليهما في المزرعة', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'واستهدف صاروخ مدرعتين ما أدى إلى سقوط طاقميهما بين قتيل وجريح', expect: [{ kind: 'killed', count: null, victims: 'crew' }, { kind: 'injured', count: null, victims: 'crew' }] },
    // On a participle the same ending is the sound plural: some.
    { text: 'واعتقلت الشرطة عددا من موظفيها بتهمة الرشوة', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
  ],
  'recallH 2 · the victims\' class after «وسط» or past «على الأقل»': [
    // «وسط» a victim noun names the class as «في صفوف» does, right after the group or past its «على الأقل».
    { text: 'وأسفر القصف عن سقوط 9 قتلى وسط المدنيين', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'civilians' }] },
    { text: 'وخلف الهجوم 14 قتيلا على الأقل وسط المدنيين وإصابة آخرين', expect: [{ kind: 'killed', count: { min: 14 }, victims: 'civilians' }, { kind: 'injured', victims: 'civilians' }] },
    { text: 'وقتل سبعة أشخاص على الأقل من الصيادين قبالة الساحل', expect: [{ kind: 'killed', count: { min: 7 }, victims: 'civilians' }] },
    // «وسط» a place is no class.
    { text: 'وسقط 5 قتلى وسط المدينة', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'unspecified' }] },
  ],
  'cascade 3j · a bracketed figure read from the figure, and migrants': [
    { text: 'ولقي (14) شخصا حتفهم في انقلاب حافلة', expect: [{ kind: 'killed', count: { value: 14 }, victims: 'people' }] },
    // A qualifier before the bracket keeps the figure and its noun past the closing mark.
    { text: 'وأسفر القصف عن مقتل حوالي (12) مدنيا في السوق', expect: [{ kind: 'killed', count: { value: 12, approximate: true }, victims: 'civilians' }] },
    { text: 'وأصيب ما لا يقل عن (30) شخصا بجروح متفاوتة', expect: [{ kind: 'injured', count: { min: 30 }, victims: 'people' }] },
    { text: 'وأصيب 20 من المهاجرين في إطلاق نار على القارب', expect: [{ kind: 'injured', count: { value: 20 }, victims: 'people' }] },
  ],
  // Issue 15, statements never found on real text: six families, in sentences written for these tests.
  'recall 1 · a subject past a «بينهم» list with ages, a comma, «منهم», or a genitive it is described after': [
    // A member of a «بينهم» list, past ages and conjuncts, belongs to the group before the list.
    {
      text: 'وذكر الأهالي أن سبعة أشخاص من أسرة واحدة بينهم رضيع يبلغ من العمر ستة أشهر وصبي بعمر تسع سنوات وامرأة مسنة قتلوا في القصف',
      expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }],
    },
    { text: 'وأفادت مصادر طبية بأن أربعة عمال من أبناء البلدة بينهم شاب في العشرين وشقيقه أصيبوا بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 4 } }] },
    // One comma right before the verb may part it from a counted subject that opens a reported clause.
    { text: 'وقالت الجمعية إن خمسة نازحين في مخيم الركبان على الحدود، قضوا بقصف مدفعي', expect: [{ kind: 'killed', count: { value: 5 } }] },
    // «منهم»: a figure of the group named before.
    { text: 'وأكد الطبيب أن 9 منهم أصيبوا بالرصاص الحي', expect: [{ kind: 'injured', contains: '9 منهم', count: { value: 9 } }] },
    // A plural verb right after an indefinite counted group describes it, even when the group is a genitive.
    { text: 'ونشرت الحركة أسماء خمسة مقاتلين قتلوا في الاشتباكات', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'fighters' }] },
    // A date may follow a bare figure: «وأصيب العشرات يوم …».
    { text: 'قتل 9 أشخاص وأصيب العشرات يوم الجمعة بانفجار في السوق', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    // A comma-parted subject must be counted and follow «أن»; a sub-group of injuries after a count of injured is its own.
    { text: 'وأصيب 12 شخصا بينهم إصابات خطيرة', expect: [{ kind: 'injured', count: { value: 12 } }] },
  ],
  'recall 2 · idioms and verbs with their object or pronoun': [
    { text: 'وأكد شهود أن ثلاثة صيادين على الأقل لاقوا حتفهم غرقا بعد استهداف قاربهم', expect: [{ kind: 'killed', count: { min: 3 } }] },
    { text: 'أطلق الجنود النار على الشاب قبل أن يلقى مصرعه على الفور', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأجهز على حارس المبنى بطلقة في الرأس', expect: [{ kind: 'executed', count: { value: 1 } }] },
    // The active «أصاب» takes its object past a short subject; «أصابه» is the verb when no group follows it.
    { text: 'وأصابت القذائف 14 شخصا في السوق', expect: [{ kind: 'injured', count: { value: 14 }, victims: 'people' }] },
    { text: 'طعن المهاجم شرطيا في الشارع وأصابه بجروح طفيفة', expect: [{ kind: 'injured', contains: 'أصابه', count: { value: 1 } }] },
    { text: 'وتحدثت المصادر عن إصابة عناصر من الشرطة', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    { text: 'ونشرت الصفحة صورا لفتيات قالت إن الميليشيا اختطفتهن', expect: [{ kind: 'detained', contains: 'اختطفتهن', count: { vague: 'some' } }] },
    // «أودى بحياته»: the pronoun on the life names the victims.
    { text: 'أطلق مسلح النار على سائق الشاحنة ما أودى بحياته على الفور', expect: [{ kind: 'killed', contains: 'أودى بحياته', count: { value: 1 } }] },
    { text: 'وانهار سقف المنزل على العائلة ما أودى بحياتهم جميعا', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    // A personal name, then «الذي» and a verb with an adjunct: the named one is the victim — unless a casualty word of
    // that kind just told it.
    { text: 'وكان بين المارة الطالب خالد منصور الذي أصيب بشظايا القذيفة', expect: [{ kind: 'injured', contains: 'أصيب', count: { value: 1 } }] },
    { text: 'وأسفر الكمين عن مقتل الضابط سامي درويش الذي قتل في الحال', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'ونفذ الهجوم الذي قتل فيه خمسة أشخاص', expect: [{ kind: 'killed', count: { value: 5 } }] },
    // The dual and feminine plural of the defective verbs of death; a casualty participle as the subject of «ارتقى/سقط».
    { text: 'وأفاد الأهالي بأن ممرضات توفين في القصف على المستوصف', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'وأكدت المصادر أن جريحين توفيا متأثرين بجراحهما', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأعلنت الوزارة أن شهيدين ارتقيا برصاص الجنود قرب الحاجز', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // «أصاب» with no person after it, or with a feeling for its subject, hurts nobody; «لاقى» without a death object is no death.
    { text: 'وأصابه الذعر عند سماع الانفجار', expect: [] },
    { text: 'وأصاب المدرب في اختياره للاعبين', expect: [] },
    { text: 'أصابت الغارة مستودعا للذخيرة وخلفت أضرارا', expect: [] },
    { text: 'ولاقت المبادرة ترحيبا واسعا', expect: [] },
  ],
  'recall 3 · trapped: held or alive under the rubble, a pronoun subject, rescued from among it': [
    { text: 'وعثر المسعفون على الطفلة وهي عالقة في السيارة المحترقة', expect: [{ kind: 'trapped', count: { value: 1 } }] },
    { text: 'وكان الرجل محاصرا لساعات تحت أنقاض منزله', expect: [{ kind: 'trapped', count: { value: 1 } }] },
    { text: 'بقيت الطفلة حية تحت الركام يومين', expect: [{ kind: 'trapped', count: { value: 1 } }] },
    { text: 'وتمكنت الطواقم من إجلاء امرأتين من تحت أنقاض البناية', expect: [{ kind: 'trapped', count: { value: 2 }, victims: 'women' }] },
    { text: 'وانتشلت فرق الإنقاذ رجلا من بين الركام', expect: [{ kind: 'trapped', count: { value: 1 } }] },
    // Besieged is no trapped state.
    { text: 'ويعيش آلاف المدنيين المحاصرين في المدينة', expect: [] },
  ],
  'recall 4 · missing: an unknown fate, «فُقدوا», lost at the hands of': [
    { text: 'ولا يعرف مصير صياد رابع حتى الآن', expect: [{ kind: 'missing', count: { value: 1 } }] },
    // The negation belongs to «يعرف» (unknown), not to the group: no zero.
    { text: 'ولم يعرف حتى المساء مصير طفلين من الحي', options: { includeNonFacts: true }, expect: [{ kind: 'missing', flags: { zero: false } }] },
    { text: 'وأشار إلى أن نحو عشرين شخصا فقدوا بينهم نساء', expect: [{ kind: 'missing', count: { value: 20, approximate: true } }] },
    { text: 'وقال الرجل إنه فقد أربعة من أبناء عمومته على يد مسلحين مجهولين', expect: [{ kind: 'missing', count: { value: 4 } }] },
    // «فقد» the particle, and a fate sought of people already told, are no statement.
    { text: 'فقد تجمع مئات المتظاهرين أمام مقر الحكومة', expect: [] },
    { text: 'فقد وصل عشرات النازحين إلى المخيم', expect: [] },
    { text: 'وتسعى العائلات لمعرفة مصير المختطفين', expect: [] },
  ],
  'recall 5 · headlines, sub-groups of casualties and tolls reached': [
    { text: 'قتيلان وجرحى خلال تفريق تظاهرة في المدينة', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { vague: 'some' } }] },
    // A singular head of a list of figures, before a verbal noun that a figure from eleven on counts as cases.
    { text: 'قتيل و14 إصابة في مواجهات عند مدخل البلدة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 14 } }] },
    { text: 'قتلى وجرحى من المدنيين في قصف على سوق شعبي', expect: [{ kind: 'killed', victims: 'civilians' }, { kind: 'injured', victims: 'civilians' }] },
    // A known place may stand before what links the headline to its event.
    { text: 'قتلى وجرحى بدرعا على يد مسلحين مجهولين\nوقالت مصادر محلية إن الهجوم وقع ليلا', expect: [{ kind: 'killed' }, { kind: 'injured' }] },
    // A bare plural joined by «و» to a victim noun before it, its cause after: a headline of two kinds.
    { text: 'مقتل ثلاثة أطفال وجرحى مدنيون بقصف مدفعي على بلدة كفرنبل', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'أطلق الحراس الرصاص على محتجين من بينهم قتلى وجرحى', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وقال إن القتلى في صفوف الشرطة وصل إلى 9 أشخاص', expect: [{ kind: 'killed', count: { value: 9 } }] },
    { text: 'وارتفع عدد القتلى إلى 40 وتجاوز الجرحى 300', expect: [{ kind: 'killed', count: { value: 40 } }, { kind: 'injured', count: { min: 300 } }] },
    // «بلغ عددهم»: their number counts the casualty plural just before; a group right before «بين القتلى» is among them.
    { text: 'أما المصابون، فقد بلغ عددهم 37 شخصا غادر معظمهم المستشفى', expect: [{ kind: 'injured', count: { value: 37 }, victims: 'people' }] },
    // «مجموعهم» (their total) counts them too.
    { text: 'وشيعت البلدة الشهداء الذين تجاوز مجموعهم 40 شخصا', expect: [{ kind: 'killed', count: { min: 40 } }] },
    { text: 'وذكرت الوكالة أن ستة ضباط بين القتلى', expect: [{ kind: 'killed', count: { value: 6 } }] },
    // «ومن القتلى، …»: «من» opening its clause, the dead, then a counted group among them; a bracketed figure after them.
    { text: 'ومن الضحايا، 4 مسعفين من الهلال الأحمر', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'medical' }] },
    // Bare «من» opening its sentence: the stage-1 cue of `linkAmong` reads «من» as well as «ومن».
    // After a toll of their kind, the dead among it are its sub-groups.
    { text: 'قتل تسعة أشخاص في القصف على البلدة. من القتلى، ثلاثة أطفال', expect: [{ kind: 'killed', count: { value: 9 }, includes: [{ victims: 'children', count: { value: 3 } }] }] },
    { text: 'وأوضح التقرير أن من بين القتلى (5) أطفال', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'children' }] },
    // An adverb of addition may stand between a verb and its group.
    { text: 'وأصيب أيضا مسعفان في الهجوم نفسه', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'medical' }] },
    { text: 'وسقط أيضا أربعة مدنيين جراء القصف المدفعي', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
  ],
  'recall 6 · led away, hidden, and arrests carried out': [
    { text: 'واقتادت الدورية 11 شابا إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 11 } }] },
    // One or two told by an indefinite noun are new people too: marked as the verb's object, or after the noun.
    { text: 'واقتادت الدورية شابا من الحي إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وجرى توقيف شاب عند الحاجز المؤدي إلى المدينة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال إن الانفجار وقع حين أوقف حارس أمن الانتحاري عند المدخل', expect: [] },
    { text: 'وأكدت المنظمة إخفاء أكثر من 200 شخص على يد الأجهزة الأمنية', expect: [{ kind: 'detained', count: { min: 200 } }] },
    { text: 'داهمت القوات منازل الناشطين الثلاثة وقامت باعتقالهم', expect: [{ kind: 'detained', contains: 'قامت باعتقالهم', count: { value: 3 } }] },
    // «جميع من كانوا …»: all those who were there, of no size given.
    { text: 'وقتل وجرح جميع من كانوا على متن القارب', expect: [{ kind: 'killed', count: null, victims: 'people' }, { kind: 'injured', count: null, victims: 'people' }] },
    { text: 'وقال جميع من كانوا في القاعة إنهم سمعوا الانفجار', expect: [] },
    // Led away with no count restates people already held.
    { text: 'اقتادوه إلى قاعة المحكمة', expect: [] },
  ],
  'cascade 3k · groups: a figure shared by a bare singular, the ranks of a side, protesters': [
    // From eleven on, a bare singular joined to the counted noun shares its figure; kin with a pronoun is a person more.
    { text: 'واختطف المسلحون 23 امرأة وطفل من المخيم', expect: [{ kind: 'detained', count: { value: 23 }, victims: 'civilians' }] },
    { text: 'وقتل 15 رجلا وزوجته في الغارة', expect: [{ kind: 'killed', count: { value: 16 }, victims: 'people' }] },
    { text: 'أصيبت 3 نساء وطفل بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'civilians' }] },
    // «في صفوفهم»: the ranks of a side told before are its fighters.
    { text: 'وشن الجيش هجوما على مواقع المسلحين أوقع قتلى وجرحى في صفوفهم', expect: [{ kind: 'killed', victims: 'fighters' }, { kind: 'injured', victims: 'fighters' }] },
    { text: 'وأكدت الفصائل سقوط قتلى بصفوفها خلال المعارك', expect: [{ kind: 'killed', victims: 'fighters' }] },
    // A side after two joined casualty nouns is the side of both: «قتلى وجرحى من قوات …» are its soldiers.
    { text: 'قتلى وجرحى من قوات النظام بهجوم للفصائل على ريف حماة', expect: [{ kind: 'killed', victims: 'soldiers' }, { kind: 'injured', victims: 'soldiers' }] },
    { text: 'وسقط قتلى في صفوف المدنيين', expect: [{ kind: 'killed', victims: 'civilians' }] },
    // Protesters and sit-in strikers are civilians.
    { text: 'وأصيب 40 من المعتصمين بالرصاص الحي أمام مقر القيادة', expect: [{ kind: 'injured', count: { value: 40 }, victims: 'civilians' }] },
    { text: 'قتل ثلاثة محتجين برصاص قوات الأمن', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    // Civil defence members and officials named with the body are rescuers; groups joined after «من» are of mixed class.
    { text: 'وأعلن عن مقتل مسؤول الدفاع المدني في البلدة بغارة جوية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'rescuers' }] },
    { text: 'وأصيب 4 عناصر من مركز الدفاع المدني أثناء عملهم', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'rescuers' }] },
    { text: 'وأسفر القصف عن سقوط قتلى من الرجال والأطفال', expect: [{ kind: 'killed', victims: 'people' }] },
    // «على الأقل» after a noun counted by its form bounds it; the class may follow «من بين».
    { text: 'وأدى الانفجار إلى سقوط جريحين على الأقل من بين المارة المدنيين', expect: [{ kind: 'injured', count: { min: 2 } }] },
    { text: 'وأسفرت الغارة عن وقوع قتيلين على الأقل من بين المدنيين', expect: [{ kind: 'killed', count: { min: 2 }, victims: 'civilians' }] },
    { text: 'وأسفر القصف عن وقوع جرحى من النساء والأطفال', expect: [{ kind: 'injured', victims: 'civilians' }] },
  ],
  'cascade 3l · kin told together: parents, duals before a pronoun, an adjective before «و», a family by its members': [
    { text: 'وأصيب أب وأم وطفلان في سقوط القذيفة على منزلهم', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'people' }] },
    { text: 'قتل الأبوان وأطفالهما الأربعة في الغارة', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'people' }] },
    // A dual kin noun before its possessive is two; a definite figure after a kin noun with a pronoun counts it.
    { text: 'وأدت الغارة إلى استشهاد والديه وأشقائه الخمسة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    { text: 'أصيب مزارع وابنيه بنيران المدفعية', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'people' }] },
    { text: 'قتلت فتاة وأمها برصاص قناص في الحي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A casualty noun's pronoun names one; a group joined after it is counted with him.
    { text: 'أطلق مسلحون النار على سيارته ما أدى إلى مقتله وزوجته', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأعلنت الوزارة عن استشهادها وطفليها الاثنين', expect: [{ kind: 'killed', victims: 'people' }] },
    { text: 'وأكد المصدر مقتله واثنين من حراسه في الكمين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'انفجرت العبوة بسيارة القيادي ما أدى إلى مقتله و4 آخرين', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    // One adjective of the first noun may stand before the «و».
    { text: 'استشهد رجل سبعيني وحفيده في قصف على البلدة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأصيبت طفلة رضيعة ووالدتها بشظايا', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    // Not joined: the «و» opens another clause.
    { text: 'قتل رجل مسن وأصيب ثلاثة أطفال في القصف', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 3 }, victims: 'children' }] },
    // A family told by its members, after an adjective that agrees with it.
    { text: 'الأسرة النازحة مكونة من أب وأم وخمسة أطفال قتلوا جميعا في الغارة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    // A group of no exact size shares its size with an uncounted plural joined to it.
    { text: 'وأدى القصف إلى مقتل رجال وأطفال من سكان الحي', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'people' }] },
    { text: 'اعتقلت الدورية عشرات الطلاب والعمال', expect: [{ kind: 'detained', count: { min: 10, vague: 'tens' }, victims: 'people' }] },
    { text: 'وما زالت النساء والأطفال المخطوفون مجهولي المصير', expect: [{ kind: 'missing', victims: 'civilians' }] },
    // A counted second group is no share of a vague size.
    { text: 'قتل عشرات المدنيين و5 جنود', expect: [{ kind: 'killed', victims: 'civilians' }, { kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    // «أم» alone is «or».
    { text: 'أصيب شخص واحد في الانفجار ولم يتضح أهو رجل أم امرأة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'cascade 3m · a counted group added by «فضلاً عن/إضافة إلى» is a toll of its own; after «وكذلك» one toll': [
    // Added apart after a toll's sub-group and its comma; the toll's people past a nationality adjective.
    { text: 'وبلغ عدد المدنيين السوريين الذين قتلوا في الغارات منذ بداية الشهر 40 بينهم 9 أطفال، إضافة إلى 12 من عناصر الفصائل', expect: [{ kind: 'killed', count: { value: 40 }, victims: 'civilians' }, { kind: 'killed', count: { value: 12 } }] },
    // Reporters count what «بالإضافة إلى، فضلاً عن، علاوة على» add with a figure, as «others» or by an ordinal apart.
    { text: 'وأسفر التفجير عن مقتل 14 عنصرا من الشرطة، فضلاً عن ثلاثة مدنيين', expect: [{ kind: 'killed', count: { value: 14 } }, { kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'أصيب 9 أطفال إضافة إلى 4 نساء بشظايا القذائف', expect: [{ kind: 'injured', count: { value: 9 }, victims: 'children' }, { kind: 'injured', count: { value: 4 }, victims: 'women' }] },
    { text: 'قتل أكثر من 60 مقاتلا من الفصيل علاوة على صحفيين اثنين', expect: [{ kind: 'killed', count: { min: 60 } }, { kind: 'killed', count: { value: 2 }, victims: 'journalists' }] },
    { text: 'ذهب ضحيتها ثلاثة من أفراد الأسرة، إضافة إلى شخص رابع كان يمر في الشارع', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'killed', count: { value: 1 } }] },
    // What is added shares the agent of the toll it is added to, unless armed or of a side of its own.
    { text: 'وقد أدى القصف الإسرائيلي إلى استشهاد أكثر من 60 عنصر لـ”حزب الله” بالإضافة إلى 4 مسعفين وعدد من المدنيين.', expect: [{ kind: 'killed', count: { min: 60 }, actors: ['israel'] }, { kind: 'killed', count: { value: 4 }, victims: 'medical', actors: ['israel'] }, { kind: 'killed', victims: 'civilians', actors: ['israel'] }] },
    // «وكذلك» adds to the toll before, and a singular after it counts itself.
    { text: 'لقي أحد المزارعين حتفه، وكذلك عنصر من الشرطة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأصيب 5 أطفال وكذلك مسعف في القصف', expect: [{ kind: 'injured', count: { value: 6 }, victims: 'people' }] },
    // A place told of the first group makes the added one another event; a vague figure adds nothing it can sum.
    {
      text: 'وخطف 9 عمال في مدينة البصرة، إضافة إلى 6 عمال في الموصل',
      expect: [{ kind: 'detained', count: { value: 9 } }, { kind: 'detained', count: { value: 6 } }],
    },
    {
      text: 'قتل 7 جنود إضافة إلى عشرات المدنيين في الهجوم',
      expect: [{ kind: 'killed', count: { value: 7 }, victims: 'soldiers' }, { kind: 'killed', victims: 'civilians' }],
    },
  ],
  'cascade 3n · a list of persons aged in brackets, each with where he is from': [
    {
      text: 'وأصيب حمدان سعيد (33 عاماً) من سكان بلدة الريحان، وعادل ناصر (18 عاماً) ونوال كامل (54 عاماً) من قرية العين، وسعاد منير (47عاماً)',
      expect: [{ kind: 'injured', count: { value: 4 }, victims: 'people' }],
    },
    { text: 'استشهد كريم جابر (27 عاما) من حي الشهداء، وبلال فهد (31 عاما) برصاص القناصة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // Where one person is from ends him; what comes after the comma is no other person.
    { text: 'قتل رامي سليم (40 عاما) من أهالي البلدة، بقذيفة هاون', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', cause: 'shelling' }] },
  ],
  'cascade 1g · a subject before its verb past where it is, told between commas': [
    { text: 'وأفاد مسعفون بأن 9 رعاة من أهالي قرية الحمراء، بمديرية السلام، شرق المحافظة، قتلوا بقذيفة', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'civilians' }] },
    { text: 'وقال الطبيب إن أربعة أطفال، في حي الزيتون، أصيبوا بشظايا صاروخ', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'children' }] },
    {
      text: 'وقالت مصادر إن عددا من طلاب الكلية الحربية في مدينة مصراتة، سقطوا بين قتيل وجريح',
      expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'soldiers' }, { kind: 'injured', count: { vague: 'some' }, victims: 'soldiers' }],
    },
    // A comma may stand between the group and its verb.
    { text: 'وأفاد الأطباء بأن امرأة وابنتيها، فارقوا الحياة بعد وصولهم', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    // A group after a preposition («مع أسرته») is no subject: the walk goes on past it.
    { text: 'وذكرت مصادر أن فتى (15 عاما) يسكن مع أسرته في حي الروضة، أصيب برصاصة قناص', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // A bare figure before «بين قتيل وجريح» is the size of both kinds.
    {
      text: 'وأسفر الانفجار عن سقوط العشرات بين قتيل وجريح',
      expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }],
    },
    // A place after a verb's own object is no subject's.
    { text: 'وقصفت الطائرات 3 منازل، في حي النصر، وقتل فيها مدني', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians' }] },
  ],
  'cascade 6f · who is still in a state, and a counted casualty noun as the object past the subject': [
    // From eleven on the counted noun and its participle are singular (tamyiz): they still agree.
    { text: 'وسقط في القصف 14 مدنيا جريحا نقلوا إلى المستشفى', expect: [{ kind: 'injured', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'ووثقت المنظمة 120 طفلا شهيدا منذ بداية الشهر', expect: [{ kind: 'killed', count: { value: 120 }, victims: 'children' }] },
    { text: 'وأكدت اللجنة أن 40 شخصا لا يزالون مختطفين لدى المسلحين', expect: [{ kind: 'detained', count: { value: 40 }, victims: 'people' }] },
    { text: 'وأشار إلى أن سبعة صيادين ما زالوا مفقودين في البحر', expect: [{ kind: 'missing', count: { value: 7 }, victims: 'civilians' }] },
    { text: 'وقال إن الشاب ما زال معتقلا منذ شهرين', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'واعتقل عناصر الأمن خمسة أسرى محررين في المدينة', expect: [{ kind: 'detained', count: { value: 5 } }] },
    // An uncounted object past the subject and a time is read as one right after the verb: «ين» there is a dual.
    { text: 'اغتال مسلحون مجهولون مساء الأحد، ناشطين في المدينة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
  ],
  'cascade 8c · «مثلهم»: as many as the group told before': [
    // As many as the mention before, counted by its figure or its dual.
    { text: 'قتل جنديان وأصيب مثلهما في الكمين', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', contains: 'مثلهما', count: { value: 2 } }] },
    { text: 'وقتل 4 عمال وجرح مثلهم بانفجار لغم', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', contains: 'مثلهم', count: { value: 4 } }] },
    {
      text: 'وقتل أربعة مزارعين وأصيب مثلهم في قصف على الحقول',
      expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }, { kind: 'injured', count: { value: 4 }, victims: 'civilians' }],
    },
    { text: 'استشهدت امرأتان وجرح مثلهما بشظايا', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 2 }, victims: 'women' }] },
    // The class is the mention's before, refined by its side.
    { text: 'وقتل 6 عناصر من قوات النظام وأصيب مثلهم', expect: [{ kind: 'killed', victims: 'soldiers' }, { kind: 'injured', count: { value: 6 }, victims: 'soldiers' }] },
    // A class named after «مثلهم من» is theirs: as many, of that class.
    { text: 'وجرح خمسة رجال من الحي، ثم أصيب مثلهم من الأطفال في القصف', expect: [{ kind: 'injured', count: { value: 5 }, victims: 'people' }, { kind: 'injured', contains: 'مثلهم من الأطفال', count: { value: 5 }, victims: 'children' }] },
    // «مثلهم» after no casualty word, or with no counted group before, is no casualty.
    { text: 'وفعل المتطوعون مثلهم في الحي المجاور', expect: [] },
  ],
  'cascade 6e · a noun in ة with «his» keeps its «ت» («إصابته»، «وفاته»، «طفلته»)': [
    { text: 'وأطلق الجنود النار على الشاب ما أدى إلى إصابته بجروح في قدمه', expect: [{ kind: 'injured', contains: 'إصابته', count: { value: 1 } }] },
    { text: 'قصفت الطائرات منزل المزارع ما أسفر عن وفاته على الفور', expect: [{ kind: 'killed', contains: 'وفاته', count: { value: 1 } }] },
    { text: 'وأعلن المستشفى عن وفاته متأثرا بجروحه', expect: [{ kind: 'killed', contains: 'وفاته', count: { value: 1 } }] },
    { text: 'قتل مزارع وطفلته بقذيفة سقطت على منزلهما', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'cascade 7e · not yet, no report of it, a chance, and a campaign told as a habit (with includeNonFacts)': [
    // A future, an intent or an attempt right before the noun.
    { text: 'وأعلن التنظيم أنه سيتم إعدام أسير ثان خلال أيام', options: { includeNonFacts: true }, expect: [{ kind: 'executed', flags: { hypothetical: true } }] },
    { text: 'وقال الخاطفون إنهم عازمون على إعدام الأسرى إذا لم تدفع الفدية', options: { includeNonFacts: true }, expect: [{ kind: 'executed', flags: { hypothetical: true } }] },
    { text: 'وأحبطت الشرطة محاولة اغتيال مسؤول محلي في السوق', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { hypothetical: true } }] },
    // «في الحال» is "at once", «بشأن» "about": neither is a possibility.
    { text: 'انفجرت العبوة فقتل في الحال سائق الشاحنة وأصيب ثالث', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { hypothetical: false } }, { kind: 'injured', flags: { hypothetical: false } }] },
    { text: 'وطالبت المنظمة بتحقيق مستقل بشأن مقتل 4 صيادين قرب الساحل', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 4 }, flags: { hypothetical: false } }] },
    { text: 'وقالت البلدية إنه في حال سقوط ضحايا ستعلن الحداد', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { hypothetical: true } }] },
    { text: 'ولا يستبعد الأطباء احتمال وفاة مصابين آخرين', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { hypothetical: true } }] },
    // No report, sign or evidence of casualties: a zero; with a figure, a denial.
    { text: 'ولم ترد حتى الساعة أي أنباء عن سقوط ضحايا في القرية', options: { includeNonFacts: true }, expect: [{ kind: 'killed', count: { value: 0 }, flags: { zero: true } }] },
    { text: 'وقال المتحدث إنه لا توجد أي مؤشرات على مقتل مدنيين في الضربة', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { zero: true } }] },
    { text: 'وقال المتحدث إنه لا توجد أي مؤشرات على مقتل 3 مدنيين في الضربة', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { denied: true } }] },
    { text: 'وما من أدلة على إصابة جنود في الهجوم', options: { includeNonFacts: true }, expect: [{ kind: 'injured', flags: { zero: true } }] },

    // «ما من» ("there is no") negates the evidence noun after it as «لا توجد» does.
    { text: 'وأكد المسعفون أنه ما من أخبار عن وقوع إصابات بين السكان', options: { includeNonFacts: true }, expect: [{ kind: 'injured', flags: { zero: true } }] },
    // A campaign noun after a present verb of doing, with a habit word: no event.
    { text: 'وتشن الشرطة بين الحين والآخر حملات اعتقالات في أحياء المدينة', options: { includeNonFacts: true }, expect: [{ kind: 'detained', flags: { hypothetical: true } }] },
    { text: 'وتقوم الدوريات باعتقال المتظاهرين بشكل يومي', options: { includeNonFacts: true }, expect: [{ kind: 'detained', flags: { hypothetical: true } }] },
    // Without the habit word it is an event.
    { text: 'وتشن قوات الأمن حملة اعتقالات في حي الزهور', options: { includeNonFacts: true }, expect: [{ kind: 'detained', flags: { hypothetical: false } }] },
  ],
  'cascade 7f · words of another meaning, a massacre\'s adjective, and groups already told (no new mention)': [
    // «أسر» before a definite plural with no figure is «families of»; a figure or a single person keeps the capture.
    { text: 'واعتصمت أسر الضحايا أمام مبنى المحافظة للمطالبة بالعدالة', expect: [] },
    { text: 'وزار الوفد أسر المفقودين في المخيم', expect: [] },
    { text: 'وتلقت أسر المعتقلين وعودا بالإفراج عنهم قريبا', expect: [] },
    // A nominative plural after «أسر» is its subject: a capture, not families.
    { text: 'وأسر المسلحون السائق قرب الحاجز', expect: [{ kind: 'detained' }] },
    // An actor after «أسر» with the captives after it is the verb's subject: a capture.
    { text: 'وأسر الجيش السوري عناصر من الفصائل خلال المعارك في الريف الشرقي', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'fighters' }] },
    { text: 'وأعلنت الكتيبة أسر 3 جنود خلال الاشتباك', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'soldiers' }] },
    // With a preposition too («لأسر»), joined to relatives («وذوي»، «وأهالي»), or with a feminine adjective of families.
    { text: 'وبعث المحافظ برقية عزاء لأسر القتلى في البلدة', expect: [] },
    { text: 'ووزعت الجمعية مساعدات على أسر وذوي المفقودين', expect: [] },
    { text: 'وقال إن اللغم انفجر أثناء عودة أسر مهجرة إلى قريتها', expect: [] },
    // A feminine captive after «أسر» keeps the capture.
    { text: 'وأعلنت الحركة نجاحها في أسر مجندة خلال الهجوم', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'وأعلن الفصيل أسر جنديين من القوات المهاجمة', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // «فقد» before a verb is «ف + قد»; a loss needs its object after the verb or past its subject.
    { text: 'فقد احتشد مئات المتظاهرين في الساحة الرئيسية', expect: [] },
    { text: 'فقد هرع عشرات الأهالي لمساعدة فرق الإنقاذ', expect: [] },
    { text: 'وفقد الجيش ثلاثة جنود في كمين قرب الحدود', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    // A person right after «فقد» is its subject, and the counted group past it the people it lost; a
    // feminine «فقدت» before a group of one's own (a possessive pronoun) is active too.
    { text: 'وفقد المزارع خمسة من أبنائه في الغارة على القرية', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'وقالت الجدة إنها فقدت اثنين من أحفادها في القصف', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // With no subject and no pronoun of one's own, «فقد» may be went missing: no loss; nor past contact or a trace
    // lost, nor after a place with «ب».
    { text: 'وفقد ثلاثة صيادين في البحر', expect: [] },
    { text: 'وفقد الأهالي الاتصال بثلاثة صيادين منذ يومين', expect: [] },
    { text: 'وفقد بريف حماة ثلاثة عناصر', expect: [] },
    // A feminine adjective after a massacre names who committed it, not one victim.
    { text: 'مجزرة إسرائيلية جديدة في مخيم النصيرات', expect: [] },
    // One of a group already told, and a superlative, are no new figure.
    { text: 'وشارك المئات في تشييع أحد الشهداء في البلدة', expect: [] },
    { text: 'وروى أحد المعتقلين المفرج عنهم تفاصيل التحقيق معه', expect: [] },
    { text: 'وقالت المنظمة إن المهاجمين أرادوا إيقاع أكبر عدد من الضحايا', expect: [] },
    { text: 'ووصف الناشطون ما جرى بأنه أكبر عملية إعدام في تاريخ المدينة', expect: [] },
    { text: 'وقتل أحد المسعفين في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'medical' }] },
    // Bodies of the dead told before are those dead; a name after them, or no toll before, makes them a mention.
    { text: 'قتل 6 مدنيين في غارة على السوق. وعمل المتطوعون حتى المساء على انتشال جثث الضحايا', expect: [{ kind: 'killed', count: { value: 6 } }] },
    { text: 'وانتشلت فرق الدفاع المدني جثث القتلى من تحت أنقاض المبنى', expect: [{ kind: 'killed', count: null }] },
    // After a killing of no figure told before too, unless names follow.
    { text: 'قتل مدنيون في غارة على السوق. وتعمل الطواقم على انتشال جثث القتلى من تحت الأنقاض', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'وسقط قتلى في الغارة. وانتشلت الطواقم جثامين الشهداء حسين خليل وزوجته', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'killed', contains: 'جثامين' }] },
    // The fate of a group already told, unless the text says it is unknown.
    { text: 'وطالب المحتجون الحكومة بالكشف عن مصير المعتقلين', expect: [] },
    { text: 'ولا يزال مصير المختطفين مجهولا حتى الآن', expect: [{ kind: 'missing' }] },
    // A verb with no group of its own right after a reading of its kind tells of the same people.
    { text: 'وانتشلت الفرق جثامين 6 صيادين لقوا حتفهم في انفجار القارب', expect: [{ kind: 'killed', count: { value: 6 } }] },
    // Kinds listed under one figure past ten share it; a figure of displaced people after a toll counts no casualty.
    { text: 'واحتجزت السلطات أكثر من 400 مهاجر ولاجئ وطالب لجوء في مراكز مكتظة', expect: [{ kind: 'detained', count: { min: 400 } }] },
    { text: 'وأسفر النزاع عن أكثر من 9 آلاف قتيل ونحو مليوني نازح ولاجئ', expect: [{ kind: 'killed', count: { min: 9000 } }] },
    // A definite group, a relative clause, then a pronoun of identity: people already told, now named.
    { text: 'وأوضح المسعف أن الشاب الذي لقي حتفه هو نجل مختار القرية', expect: [] },
    { text: 'وقالت العائلة إن الطفلين اللذين أصيبا هما من أبناء عمومتها', expect: [] },
    { text: 'قتل مزارع هو الثاني في البلدة خلال أسبوع', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  'cascade 5f · one figure for two kinds, either («أو») or together («و»، «بين قتيل وجريح») (flag `either`)': [
    { text: 'وأسفر التفجير عن مقتل أو إصابة 25 شخصا قرب الجامع', expect: [{ kind: 'killed', count: { value: 25 }, flags: { either: true } }, { kind: 'injured', count: { value: 25 }, flags: { either: true } }] },
    { text: 'وأكد المتحدث أن عناصره قتلوا أو جرحوا 9 من المهاجمين', expect: [{ kind: 'killed', count: { value: 9 }, flags: { either: true } }, { kind: 'injured', count: { value: 9 }, flags: { either: true } }] },
    { text: 'وقال المسعفون إن 11 عاملا قتلوا أو أصيبوا في انهيار المخزن بعد الغارة', expect: [{ kind: 'killed', count: { value: 11 }, flags: { either: true } }, { kind: 'injured', count: { value: 11 }, flags: { either: true } }] },
    // «أو» between two figures, or after a figure, joins no kinds.
    { text: 'قتل 4 جنود وأصيب 6 أو 7 آخرون في الكمين', expect: [{ kind: 'killed', count: { value: 4 }, flags: { either: false } }, { kind: 'injured', flags: { either: false } }] },
    { text: 'قتل 8 أشخاص أو أكثر في الانفجار', expect: [{ kind: 'killed', flags: { either: false } }] },
    // One figure for the killed and the injured together: their sum, split unknown.
    { text: 'وأسفر القصف عن مقتل وإصابة 14 مدنيا في سوق البلدة', expect: [{ kind: 'killed', count: { value: 14 }, flags: { either: true } }, { kind: 'injured', count: { value: 14 }, flags: { either: true } }] },
    { text: 'سقط 30 قتيلا وجريحا في تفجير انتحاري استهدف حاجزا للشرطة', expect: [{ kind: 'killed', count: { value: 30 }, flags: { either: true } }, { kind: 'injured', count: { value: 30 }, flags: { either: true } }] },
    { text: 'وقال الدفاع المدني إن 9 عمال سقطوا بين قتيل وجريح في انهيار المبنى', expect: [{ kind: 'killed', count: { value: 9 }, flags: { either: true } }, { kind: 'injured', count: { value: 9 }, flags: { either: true } }] },
    // Guard: a figure the injured share with another kind counts the same people twice over, not a sum.
    { text: 'وأصيب 5 من كوادر المستشفى بجروح، تم انتشالهم من تحت الأنقاض', expect: [{ kind: 'injured', count: { value: 5 }, flags: { either: false } }, { kind: 'trapped', flags: { either: false } }] },
  ],
  'cascade 1h · «his» after a noun in ة («إصابته»، «وفاته»)': [
    { text: 'أطلق جنود الاحتلال النار على فتى فلسطيني ما أدى إلى إصابته بجروح', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وأعلنت وزارة الصحة عن وفاته متأثرا بجروح أصيب بها في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال إن المسلحين أطلقوا النار على السائق ما أسفر عن وفاته على الفور', expect: [{ kind: 'killed', count: { value: 1 } }] },
  ],
  'cause 1b · a weapon right after the phrase is its own, whatever its clause told before': [
    { text: 'أصيب 8 أشخاص بجروح بانفجار عبوة ناسفة، وأصيب 3 آخرون بطلقات نارية خلال شجار في السوق', expect: [{ kind: 'injured', count: { value: 8 }, cause: 'explosion' }, { kind: 'injured', count: { value: 3 }, cause: 'shooting' }] },
    // Guard: a strike told after the weapon is no cause of it.
    { text: 'وقتل جندي برصاص قناص بعد ساعات من غارة جوية على الموقع', expect: [{ kind: 'killed', count: { value: 1 }, cause: 'shooting' }] },
  ],
  'cause 1 · a strike told again («القصف»، «الانفجار»، «الهجوم») keeps the weapon named for it': [
    {
      text: 'ألقت مروحيات النظام براميل متفجرة على حي الصاخور. وأكد ناشط أن القصف أدى إلى مقتل 6 مدنيين',
      expect: [{ kind: 'killed', count: { value: 6 }, cause: 'barrel-bomb' }],
    },
    {
      text: 'استهدفت غارة جوية سوقا شعبيا في البلدة، وقال الدفاع المدني إن القصف أوقع 9 قتلى',
      expect: [{ kind: 'killed', count: { value: 9 }, cause: 'airstrike' }],
    },
    {
      text: 'انفجرت سيارة ملغومة قرب نقطة تفتيش في المدينة. وأسفر الانفجار عن إصابة 14 شخصا',
      expect: [{ kind: 'injured', count: { value: 14 }, cause: 'car-bomb' }],
    },
    {
      text: 'تعرضت القافلة لإطلاق نار كثيف على الطريق الدولي. وأدى الهجوم إلى مقتل سائقين اثنين',
      expect: [{ kind: 'killed', count: { value: 2 }, cause: 'shooting' }],
    },
    {
      // Described, «القصف» is a strike of its own: the generic word stays.
      text: 'شنت طائرات مسيرة غارة على موقع عسكري. وأدى القصف المدفعي المتواصل على القرى إلى إصابة 5 مدنيين',
      expect: [{ kind: 'injured', count: { value: 5 }, cause: 'shelling' }],
    },
    {
      // A heading takes the weapon of the lead under it, past a view counter and a byline.
      text: 'مقتل 4 مزارعين في ريف المحافظة\n\n120\n\nمتابعة: الموقع\nفتحت دورية للميليشيا النار على مزارعين في أرضهم وقتلت 4 منهم بالرصاص.',
      expect: [{ kind: 'killed', contains: 'مقتل 4 مزارعين', cause: 'shooting' }, { kind: 'killed', count: { value: 4 }, cause: 'shooting' }],
    },
    {
      // A fight of two sides borrows no weapon, definite or not.
      text: 'قصفت الطائرات مواقع المسلحين. وقتل 4 جنود في الاشتباكات التي تلت ذلك',
      expect: [{ kind: 'killed', count: { value: 4 }, cause: null }],
    },
  ],
  'cause 3 · firing at someone, car bombs by any name, the adjective «جوي» on a strike only, tolls since long ago': [
    // «أطلق … النار على»: the verb, its subject and the target; the verbal noun with its subject between.
    { text: 'أطلق مسلحون مجهولون النار على سيارة في ريف المدينة ما أدى لمقتل سائقها', expect: [{ kind: 'killed', cause: 'shooting' }] },
    { text: 'استشهد فتى إثر إطلاق جنود الاحتلال النار عليه قرب الحاجز', expect: [{ kind: 'killed', count: { value: 1 }, cause: 'shooting' }] },
    { text: 'وقتل 7 أشخاص بانفجار سيارة ملغمة في سوق المدينة', expect: [{ kind: 'killed', count: { value: 7 }, cause: 'car-bomb' }] },
    { text: 'وأصيب 12 شخصا بعد أن انفجرت سيارة محملة بالمتفجرات قرب المعسكر', expect: [{ kind: 'injured', count: { value: 12 }, cause: 'car-bomb' }] },
    { text: 'قتل أربعة جنود في تفجير سيارة عند مدخل القاعدة', expect: [{ kind: 'killed', count: { value: 4 }, cause: 'car-bomb' }] },
    // An air base, an air force, air intelligence: no airstrike; «القصف الجوي»، «عدوان جوي» are.
    { text: 'وقتل 30 جنديا في هجوم على قاعدة الوطية الجوية', expect: [{ kind: 'killed', count: { value: 30 }, cause: null }] },
    { text: 'وقتل 5 مدنيين جراء القصف الجوي على أطراف البلدة', expect: [{ kind: 'killed', count: { value: 5 }, cause: 'airstrike' }] },
    { text: 'وأصيب 9 مدنيين في عدوان جوي على حي سكني', expect: [{ kind: 'injured', count: { value: 9 }, cause: 'airstrike' }] },
    // The verbs «قصفت» (shelling unless aircraft are named) and «انفجرت».
    { text: 'وقصفت قوات الدعم السريع مركز إيواء في المدينة ما أدى إلى مقتل 8 نازحين', expect: [{ kind: 'killed', count: { value: 8 }, cause: 'shelling' }] },
    { text: 'وقصفت طائرات حربية سوقا شعبيا ما أدى إلى مقتل 8 مدنيين', expect: [{ kind: 'killed', count: { value: 8 }, cause: 'airstrike' }] },
    { text: 'وعندما انفجرت العبوة قتلت جنديين على الطريق', expect: [{ kind: 'killed', count: { value: 2 }, cause: 'explosion' }] },
    // A clash has no weapon, armed or not.
    { text: 'قتل 3 أشخاص وأصيب 5 في اشتباكات مسلحة بين مجموعتين في المدينة', expect: [{ kind: 'killed', count: { value: 3 }, cause: null }, { kind: 'injured', count: { value: 5 }, cause: null }] },
    // A toll dated from before the day sums many strikes: the weapon of the sentence before is not its cause.
    {
      text: 'قصفت طائرات حربية قرية في ريف إدلب. وتتعرض المنطقة لحملة عسكرية منذ أواخر نيسان، أسفرت عن مقتل 600 مدني',
      expect: [{ kind: 'killed', count: { value: 600 }, cause: null }],
    },
    // «ومنذ» with its conjunction, as any «منذ».
    {
      text: 'قصفت طائرات حربية قرية في ريف إدلب. ومنذ أواخر نيسان، أسفرت الحملة العسكرية عن مقتل 600 مدني',
      expect: [{ kind: 'killed', count: { value: 600 }, cause: null }],
    },
    {
      text: 'قصفت طائرات حربية قرية في ريف إدلب. وارتفع عدد القتلى منذ صباح اليوم إلى 11 مدنيا',
      expect: [{ kind: 'killed', count: { value: 11 }, cause: 'airstrike' }],
    },
  ],
  'cause 2 · words that look like weapons but name people or a death of no weapon': [
    // «الفصائل المقاتلة» are fighting groups, not fighter jets.
    { text: 'قتل 12 عنصرا من الفصائل المقاتلة في اشتباكات بريف حماة', expect: [{ kind: 'killed', count: { value: 12 }, cause: null }] },
    // Counted women fighters, and the victims' own word, are no jets; a counted jet with its nisba still is.
    { text: 'قضت ثلاث مقاتلات من وحدات الحماية في حادث سير قرب الطبقة', expect: [{ kind: 'killed', count: { value: 3 }, cause: null }] },
    { text: 'قتل 6 مدنيين بقصف نفذته 4 مقاتلات روسية على بلدة كفرنبل', expect: [{ kind: 'killed', count: { value: 6 }, cause: 'airstrike', actors: ['russia'] }] },
    { text: 'قتل 6 مدنيين بغارة لمقاتلة حربية على بلدة كفرنبل', expect: [{ kind: 'killed', count: { value: 6 }, cause: 'airstrike' }] },
    // A weapon in construct after a place noun names the place: «ساحة الطيران» is Aviation Square.
    { text: 'قتل 5 أشخاص بتفجير انتحاري في ساحة الطيران وسط بغداد', expect: [{ kind: 'killed', count: { value: 5 }, cause: 'explosion' }] },
    { text: 'قتل 3 مدنيين في قصف الطيران على حي الشعار', expect: [{ kind: 'killed', count: { value: 3 }, cause: 'airstrike' }] },
    // A ceasefire («وقف إطلاق النار») names no shooting.
    {
      text: 'ومنذ إعلان وقف إطلاق النار في الشهر الماضي، وثقت الوزارة استشهاد 40 مواطنا',
      expect: [{ kind: 'killed', count: { value: 40 }, cause: null }],
    },
    // A war told as a whole before the toll in its sentence is its cause: no weapon from the sentence before.
    {
      text: 'ونفذت طائرات مسيرة غارات يومية على القرى. وشنت القوات عدوانا على البلاد تحول إلى حرب واسعة، ما أسفر عن أكثر من 3 آلاف قتيل',
      expect: [{ kind: 'killed', count: { min: 3000 }, cause: null }],
    },
    // Drowning or hunger is the manner of death: the strike of the sentence before is another event's.
    {
      text: 'قصفت طائرات النظام أطراف المدينة بالبراميل. وتوفي أربعة أطفال غرقا أثناء عبورهم النهر مع عائلاتهم',
      expect: [{ kind: 'killed', count: { value: 4 }, cause: null }],
    },
  ],
  'non-facts (with includeNonFacts)': [
    {
      text: 'أي قذيفة يطلقها النظام يمكن أن تتسبب في مقتل عدد كبير من المدنيين',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', flags: { hypothetical: true } }],
    },
    { text: 'نفت وزارة الدفاع مقتل مدنيين في الغارة', options: { includeNonFacts: true }, expect: [{ kind: 'killed', flags: { denied: true } }] },
    {
      text: 'قال المتحدث إن قواته تتخذ كل الاحتياطات لتجنب إيقاع إصابات بين المدنيين',
      options: { includeNonFacts: true },
      expect: [{ kind: 'injured', flags: { hypothetical: true } }],
    },
    { text: 'لم تسفر الغارة عن إصابات', options: { includeNonFacts: true }, expect: [{ kind: 'injured', count: { value: 0 }, flags: { zero: true } }] },
    // «حذر» after «هدوء/ترقب» is "cautious", not "warned": the casualties after it are facts.
    { text: 'ترقب حذر في المدينة بعد اشتباكات ليلية وسقوط جرحى بين السكان', options: { includeNonFacts: true }, expect: [{ kind: 'injured', count: { vague: 'some' }, victims: 'civilians', flags: { hypothetical: false } }] },
    { text: 'وحذر الأطباء من سقوط جرحى بين السكان', options: { includeNonFacts: true }, expect: [{ kind: 'injured', flags: { hypothetical: true } }] },
    // A toll expected to rise is no toll yet.
    {
      text: 'قتل 6 أشخاص في الانفجار. ومن المتوقع أن يرتفع العدد إلى 10.',
      options: { includeNonFacts: true },
      expect: [{ kind: 'killed', count: { value: 6 }, flags: { hypothetical: false } }, { kind: 'killed', count: { value: 10 }, flags: { hypothetical: true } }],
    },
  ],
  'fields 1 · a person of no class told by a child\'s age is a child': [
    { text: 'وأسفرت الغارة عن مقتل رهف سامر محمد (7 سنوات)', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'استشهد حسن محمود (8 أشهر) في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    // Persons of no class told young by an adjective («صغار») or «في سن الطفولة» are children.
    { text: 'أصيب أربعة أشقاء صغار بشظايا قذيفة سقطت قرب منزلهم', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'children' }] },
    { text: 'وقال الأهالي إن شقيقتين في سن الطفولة قتلتا في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }] },
    { text: 'قتل رجل برصاص قناص وأصيبت ابنته البالغة من العمر 9 سنوات', expect: [{ kind: 'killed', victims: 'people' }, { kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'قتل صياد بقذيفة وأصيب شقيقه يوسف نادر (11 عاماً) بشظاياها', expect: [{ kind: 'killed' }, { kind: 'injured', contains: '(11 عاماً)', count: { value: 1 }, victims: 'children' }] },
    // An adult's age keeps the person a person.
    { text: 'وأصيب شقيقه يوسف نادر (34 عاماً) بجروح خطيرة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'fields 2 · a victim noun joined past the side of the group before it': [
    { text: 'قتل 4 عناصر من قوات النظام ومدني في القصف على القرية', expect: [{ kind: 'killed', contains: 'ومدني', count: { value: 5 }, victims: 'people' }] },
    // One person «في» his side («عنصر في قوات النظام») is a member too; a counted group «في» is mostly where it was.
    { text: 'واغتال مجهولون عنصرا في قوات النظام ومدنيا على طريق البلدة', expect: [{ kind: 'killed', contains: 'ومدنيا', count: { value: 2 }, victims: 'people' }] },
    // A counted group of civilians after a side's members is added to them (one phrase, mixed classes); another side's
    // members are their own toll.
    { text: 'وقتل 6 عناصر من قوات النظام و4 مدنيين في التفجير', expect: [{ kind: 'killed', contains: 'و4 مدنيين', count: { value: 10 }, victims: 'people' }] },
    { text: 'وقتل 6 من قوات النظام و4 من الفصائل في الاشتباكات', expect: [{ kind: 'killed', count: { value: 6 } }, { kind: 'killed', count: { value: 4 } }] },
    { text: 'وقتل 6 عناصر من قوات النظام و4 من المدنيين في الاشتباكات', expect: [{ kind: 'killed', count: { value: 6 } }, { kind: 'killed', count: { value: 4 } }] },
    { text: 'أسفرت الغارة عن مقتل ستة من مقاتلي الفصائل وطفلين', expect: [{ kind: 'killed', contains: 'وطفلين', count: { value: 8 }, victims: 'people' }] },
    // Past the side, a figure or another side is no victim of this group.
    { text: 'قتل 4 عناصر من قوات النظام والمعارضة في الاشتباكات', expect: [{ kind: 'killed', count: { value: 4 } }] },
  ],
  'fields 3 · «في الأقل» after the group is «على الأقل»': [
    { text: 'وقتل 9 أشخاص في الأقل بانفجار سيارة مفخخة', expect: [{ kind: 'killed', count: { min: 9 }, victims: 'people' }] },
    { text: 'قتل مسلحان وأصيب 14 آخرين في الأقل خلال الاشتباك', expect: [{ kind: 'killed' }, { kind: 'injured', count: { min: 14 } }] },
  ],
  'fields 4 · a plural sub-group pronoun after «-ين» makes it a plural, not two': [
    { text: 'قصف مدفعي يقتل مدنيين أغلبهم من النساء شرق المدينة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'أسفر الانفجار عن استشهاد مدنيين، بينهم طفل', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    // A dual pronoun keeps it two.
    { text: 'أسفر الانفجار عن استشهاد مدنيين بينهما طفل', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأدت الغارة إلى مقتل مدنيين، بينهما امرأة، في حي الكرامة', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // So does any word with the dual pronoun «هما» a few words on: a verb, a noun, a fate.
    { text: 'وأسفر القصف عن مقتل مقاتلين، نعاهما الفصيل في بيان مساء اليوم', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'وتواصل الفرق البحث عن مفقودين لا يزال مصيرهما مجهولا', expect: [{ kind: 'missing', count: { value: 2 } }, { kind: 'missing', count: { value: 2 } }] },
    { text: 'واعتقلت الدورية مواطنين بعد مداهمة منزليهما في القرية', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'civilians' }] },
    // «مهما» (whatever) is no pronoun, and a pronoun past another group may be that one's.
    { text: 'وندد البيان بقتل مدنيين مهما كانت الذرائع', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    { text: 'قتل مدنيين وطفلان في منزلهما', expect: [{ kind: 'killed' }] },
  ],
  'recall2 1 · a grave condition is a wound («في حالة حرجة»، «حالته خطرة»)': [
    { text: 'وأوضح مدير المستشفى أن 6 أشخاص في حالة حرجة ويخضعون لعمليات جراحية', expect: [{ kind: 'injured', count: { value: 6 }, victims: 'people' }] },
    { text: 'وقالت المصادر إن أربعة جنود بحالة خطيرة بعد الكمين', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'soldiers' }] },
    { text: 'ووصل إلى قسم الطوارئ شاب حالته خطرة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'قتل رجلان في القصف على الحي، وطفل ثالث في حالة حرجة', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // A casualty word that has just counted the group says it; the condition only tells how badly.
    { text: 'وأصيب 8 عمال في حالة حرجة جراء الانفجار', expect: [{ kind: 'injured', count: { value: 8 } }] },
    // A state of no person is no wound.
    { text: 'وأصبح الوضع الصحي في المخيم في حالة حرجة', expect: [] },
    // How grave some of the wounded just told are («بينهم»، «أحدهما»، «بعضهم») is no toll of its own.
    { text: 'وقالت مصادر طبية إن أربع إصابات، بينهم امرأة بحالة حرجة، وصلت إلى المشفى الميداني', expect: [{ kind: 'injured', count: { value: 4 } }] },
    { text: 'وأسفر الهجوم عن إصابة جنديين أمريكيين، أحدهما في حالة خطيرة', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // Guard: with no wounded told before, a sub-group in a grave condition is the wounded.
    { text: 'وأسعف الهلال الأحمر 6 مدنيين، بينهم طفلان في حالة حرجة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'children' }] },
    // Some of the wounded told before, described by how grave: no new toll (with a predicate of its own, there is one).
    { text: 'وجرح 30 شخصا في التفجير، وقال الطبيب إن عددا من الجرحى في حالات حرجة', expect: [{ kind: 'injured', count: { value: 30 } }] },
    { text: 'أصيب العشرات بالقصف. وأكد مسعف أن العديد من المصابين جروحهم خطيرة', expect: [{ kind: 'injured', count: { vague: 'tens', min: 10 } }] },
    { text: 'وأدى القصف إلى سقوط عدد من الجرحى في حالات خطرة', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
  ],
  'recall2 2 · «ما بين قتيل وجريح» (also «مابين») is «بين قتيل وجريح»': [
    { text: 'وأفادت الشرطة أن 11 شخصا سقطوا ما بين قتيل وجريح في انفجار الدراجة المفخخة', expect: [{ kind: 'killed', count: { value: 11 }, victims: 'people' }, { kind: 'injured', count: { value: 11 }, victims: 'people' }] },
    { text: 'سقط 8 عمال مابين قتيل وجريح بسقوط قذيفة على الورشة', expect: [{ kind: 'killed', count: { value: 8 } }, { kind: 'injured', count: { value: 8 } }] },
    { text: 'وقال مصدر أمني إن ستة مدنيين سقطوا بين شهيد ومصاب قرب السوق', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'civilians' }, { kind: 'injured', count: { value: 6 }, victims: 'civilians' }] },
  ],
  'recall2 3 · personal names right after a singular verbal noun, one person each': [
    { text: 'وأكدت العائلة مقتل ياسر قدورة وخالد الحسون في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأعلنت الشرطة اعتقال رامز طه، ووائل منصور، وبشير العلي قرب الحدود', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'وتأتي الضربة بعد أسبوع من اغتيال "نزار عيسى" بعبوة ناسفة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Adverbs, an adjective in ة after a noun in ة, a pronoun on the noun and plural nouns of events name nobody.
    { text: 'ونددت الهيئة بالإعدام خارج نطاق القضاء', expect: [] },
    { text: 'وتحدث الطبيب عن إصابة بليغة جدا في الصدر', expect: [] },
    { text: 'ولم تعلن أسباب اعتقالهم أو التهم الموجهة إليهم', expect: [] },
  ],
  'recall2 4 · a toll\'s bare figure past its adjuncts, in apposition, or after «عددهم»': [
    { text: 'وبلغ عدد المصابين جراء القصف على السوق 37، بينهم ثمانية أطفال', expect: [{ kind: 'injured', count: { value: 37 }, includes: [{ victims: 'children', count: { value: 8 } }] }] },
    { text: 'وقال الطبيب إن عدد القتلى تسعة جميعهم من عمال المصنع', expect: [{ kind: 'killed', count: { value: 9 } }] },
    { text: 'قتل 4 جنود في الكمين، ثم ارتفع عددهم إلى 6 وأصيب 3 آخرون', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'killed', count: { value: 6 }, victims: 'soldiers' }, { kind: 'injured', count: { value: 3 }, victims: 'soldiers' }] },
    // A figure of no casualty, or one that does not end the clause, is no toll.
    { text: 'وبلغ عدد النازحين في المخيم 3000', expect: [] },
  ],
  'recall2 5 · a word split by tatweels around a space, underscore or dots is one word': [
    { text: 'قـ ـتلى وجـ ـرحى في قـ ـصف على سوق المدينة', expect: [{ kind: 'killed', contains: 'قـ ـتلى', cause: 'shelling' }, { kind: 'injured', contains: 'وجـ ـرحى' }] },
    { text: 'وأكدت مصادر محلية استشـ_ـهاد أربعة مدنيين بينهم طفل', expect: [{ kind: 'killed', contains: 'استشـ_ـهاد أربعة مدنيين', count: { value: 4 }, victims: 'civilians' }] },
    // Dots between tatweels, or between a tatweel and a letter.
    { text: 'وأسفر القصف عن مقـ..ـتل وإصـ.ـابة (6) مدنيين في السوق', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'civilians' }, { kind: 'injured', count: { value: 6 } }] },
    { text: 'وارتكبت الميليشيا مجـ.زرة بحق 14 مدنيا في القرية', expect: [{ kind: 'killed', count: { value: 14 }, contains: 'مجـ.زرة' }] },
    { text: 'وأدى القصف إلى مق.ـتل ثلاثة أطفال في الحي', expect: [{ kind: 'killed', count: { value: 3 }, contains: 'مق.ـتل' }] },
    // A full stop after a stretched word, or before a dash, still ends its sentence.
    { text: 'قتل 3 مدنيين في القصفـ.وأصيب 5 آخرون', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { value: 5 } }] },
    // A tatweel on one side only is a detached clitic or a dash, no split word.
    { text: 'وقال لـ "الوكالة" إن 5 مدنيين قتلوا', expect: [{ kind: 'killed', count: { value: 5 } }] },
  ],
  'recall2 6 · a headline: casualty nouns, an indefinite victim adjective, then the cause (also after «في»)': [
    { text: 'قتلى وجرحى مدنيون في غارة على سوق شعبي\nوقالت مصادر محلية إن الطيران استهدف السوق ظهرا', expect: [{ kind: 'killed', victims: 'civilians' }, { kind: 'injured', victims: 'civilians' }] },
    { text: 'جرحى مدنيون بقصف مدفعي على أطراف البلدة\nوأفاد مراسلنا بأن القذائف سقطت على المنازل', expect: [{ kind: 'injured', victims: 'civilians', cause: 'shelling' }] },
    { text: 'قتلى في انفجار عبوة ناسفة وسط المدينة\nوأغلقت الشرطة الطرق المؤدية إلى المكان', expect: [{ kind: 'killed' }] },
    // A casualty noun with no cause after it opens no headline.
    { text: 'قتلى الحرب في ذاكرة المدينة\nمعرض للصور يفتتح اليوم', expect: [] },
  ],
  'recall2 7 · a group arrived dead or wounded, and nationalities read by their plural': [
    // The subject after the verb too, even as the text's first word; a comma may stand right before the state.
    { text: 'وصل شابان إلى مستشفى المدينة متوفيين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // A counted subject past where they arrived; a figure that arrives in no state is no casualty.
    { text: 'وأفاد مدير المشفى بأنه وصل إلى قسم الإسعاف 5 أشخاص متوفين جراء الانفجار', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'ووصل إلى المخيم 300 نازح خلال يومين', expect: [] },
    { text: 'ووصل ثلاثة شبان إلى مستشفى المدينة مصابين بجروح', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'people' }] },
    { text: 'وصل الطفل سامي عودة إلى المستشفى متوفيا', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وقال الطبيب إن شابا وصل إلى قسم الطوارئ فجرا، متوفيا', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأفاد الطبيب أن شابا وصل إلى مستشفى البلدة مفارقا الحياة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقالت الممرضة إن امرأة مسنة وصلت إلى الطوارئ متوفاة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
    { text: 'وذكر المسعفون أن سبعة عمال وصلوا إلى المركز الصحي مصابين بحروق', expect: [{ kind: 'injured', count: { value: 7 }, victims: 'civilians' }] },
    // Arriving names no casualty without the state it was in.
    { text: 'ووصل ثلاثة مسؤولين إلى المدينة للقاء الأهالي', expect: [] },
    { text: 'وقتل ثلاثة كينيين في الهجوم على الحافلة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
  ],
  'recall2 8 · a side named before a feminine «فقدت» lost the men counted after it': [
    { text: 'وأكد مصدر طبي أن قوات الحكومة فقدت ستة رجال في المواجهات قرب الميناء', expect: [{ kind: 'killed', count: { value: 6 } }] },
    { text: 'وقالت الشرطة إن الميليشيا، فقدت نحو عشرين رجلا خلال يومين', expect: [{ kind: 'killed', count: { value: 20, approximate: true } }] },
    // Women counted after it may be its passive subject (went missing); with no side before it, nobody lost them.
    { text: 'فقدت أربع نساء خلال عبور النهر', expect: [] },
    { text: 'فقدت خمسة شبان منذ أسبوع', expect: [] },
  ],
  'recall2 9 · headlines: a nationality as the casualty noun\'s adjective': [
    { text: 'قتيل سوداني بقصف مدفعي على سوق المدينة\nوقال شهود إن القذائف سقطت ظهرا', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', cause: 'shelling' }] },
    { text: 'جرحى سوريون في غارة على مخيم للنازحين\nوأكد الدفاع المدني نقلهم إلى المشافي', expect: [{ kind: 'injured', victims: 'people' }] },
  ],
  'recall2 10 · counted others in a state («آخرين» under the rubble)': [
    { text: 'قتل 4 مدنيين في الغارة على البناية، بينما لا يزال 12 آخرين تحت الأنقاض', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'trapped', count: { value: 12 }, victims: 'civilians' }] },
    { text: 'وقال المسعفون إن نحو عشرة آخرين ما زالوا تحت ركام المبنى', expect: [{ kind: 'trapped', count: { value: 10, approximate: true } }] },
  ],
  'still in a state: a bare figure or uncounted others by «لا يزال/ما زال»': [
    { text: 'وقال مسعفون إن العشرات ما زالوا عالقين تحت ركام البناية', expect: [{ kind: 'trapped', count: { vague: 'tens', min: 10 } }] },
    { text: 'وانتشلت الفرق جثث ثلاثة أشخاص، وما زال آخرون تحت الأنقاض', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'trapped', count: { vague: 'some' } }] },
    // A year before «still» is a date, not the group.
    { text: 'وأوضح أن شقيقه منذ عام 2016 ما زال مفقوداً', expect: [{ kind: 'missing', count: { value: 1 } }] },
  ],
  'a held person dying, and a title held somewhere before the name': [
    // A detainee or an abductee named by the participle dies as anyone does.
    { text: 'وأفادت مصادر حقوقية بأن المعتقل لفظ أنفاسه الأخيرة، بعد أن لقي المختطف الثاني حتفه', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'المختطف' }] },
    { text: 'وفارق المعتقل الحياة في أحد مراكز الاحتجاز', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // «في» and the body the title is held in may stand between the title and the name.
    { text: 'اغتال مسلحون مجهولون القيادي السابق في الفصائل سامر الحمود في ريف درعا', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'fighters' }] },
    // After an indefinite subject a definite victim noun is no adjective of it (adjectives agree): it is the object.
    { text: 'وخطف مسلحون مجهولون المهندس أثناء عودته إلى منزله', expect: [{ kind: 'detained', count: { value: 1 } }] },
  ],
  'owners named by what they own': [
    { text: 'وأصيب صاحب البقالة بجروح متوسطة جراء الانفجار', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'استهدفت مسيرة دراجة نارية، ما أدى إلى مقتل صاحبها على الفور', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'openers · a dateline, tag, bullet or quote before a statement': [
    // A headline's place, outlet or tag before a colon, a bar or a dash leaves the statement at its start.
    { text: 'ليبيا: قتلى وجرحى في قصف على حي سكني بمدينة سرت', expect: [{ kind: 'killed', contains: 'قتلى' }, { kind: 'injured' }] },
    { text: 'عاجل | شهداء وجرحى بقصف مدفعي على مخيم النازحين', expect: [{ kind: 'killed', cause: 'shelling' }, { kind: 'injured' }] },
    { text: 'حلب - خاص: قتلى بغارة جوية على سوق شعبي في المدينة', expect: [{ kind: 'killed', cause: 'airstrike' }] },
    { text: 'مقديشو (وكالات) - جرحى بانفجار عبوة ناسفة قرب مبنى البلدية', expect: [{ kind: 'injured', cause: 'explosion' }] },
    // Fighting, and words of cause, place or agent, link a headline as a weapon does.
    { text: 'قتلى وجرحى بمواجهات بين عشيرتين في ريف المدينة', expect: [{ kind: 'killed' }, { kind: 'injured' }] },
    { text: 'جرحى وسط العاصمة بعد سقوط قذائف على سوق الخضار', expect: [{ kind: 'injured' }] },
    { text: 'قتلى على يد مسلحين مجهولين قرب الحدود', expect: [{ kind: 'killed' }] },
    { text: 'شهداء بفعل القصف المتواصل على المخيم', expect: [{ kind: 'killed' }] },
    // …and so does the victims' side after «من».
    { text: 'جرحى من قوات النظام في كمين على طريق المطار', expect: [{ kind: 'injured' }] },
    // Opening quotes or a bullet stand before the statement's first word.
    { text: '"قتلى وجرحى بقصف على قرية في الريف الغربي"', expect: [{ kind: 'killed' }, { kind: 'injured' }] },
    { text: '• سبعة مدنيين بينهم طفلان قتلوا في القصف على البلدة', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'civilians' }] },
    { text: '«ومن القتلى، 3 عناصر من الدفاع المدني»', expect: [{ kind: 'killed', count: { value: 3 } }] },
  ],
  'vocabulary · arrests by «أوقف/توقيف», groups counted by «مجموعة من»، «أعداد من»، «الكثير من», lives ended, the mourned, the disappeared, slaughter, the struck down and hostages': [
    // «أوقف» also stops things: it states an arrest only with a counted group after it.
    { text: 'أوقفت الشرطة سبعة شبان عند مدخل السوق', expect: [{ kind: 'detained', count: { value: 7 } }] },
    { text: 'وجرى توقيف 3 أشخاص يشتبه بضلوعهم في الهجوم', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'أوقفت البلدية أعمال الحفر في الشارع', expect: [] },
    { text: 'وأعلنت النيابة إيقاف خمسة مشتبهين في عملية الخطف', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    { text: 'واعتقلت الشرطة ثلاثة متهمين بالسرقة', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    // From eleven on the counted noun is an accusative singular: «مشتبهاً».
    { text: 'وأوقفت قوات الأمن 14 مشتبهاً خلال مداهمات في الأحياء الشرقية', expect: [{ kind: 'detained', count: { value: 14 }, victims: 'people' }] },
    { text: 'ودعت البعثة إلى إيقاف إطلاق النار في المدينة', expect: [] },
    { text: 'اعتقلت قوات الاحتلال مجموعة من الطلاب خلال اقتحام الجامعة', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    { text: 'وأصيب الكثير من المعتصمين بحالات اختناق', expect: [{ kind: 'injured', count: { vague: 'many' } }] },
    { text: 'شنت القوات حملة دهم اعتقلت خلالها أعداداً من الشبان', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    // A list may join its items with commas and its last one with «و»; a comma before a new verb ends the group.
    { text: 'وقتل في الغارة طفل، ثلاث نساء وخمسة رجال', expect: [{ kind: 'killed', count: { value: 9 } }] },
    { text: 'قتل 3 أطفال، وأصيبت امرأتان ورجل', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { value: 3 } }] },
    // Not after a figure of people: the list tells who they were («أب وأم وثلاثة أطفال» are the five).
    { text: 'واستشهد 6 أشخاص، رجلان وامرأة وثلاثة أطفال، في قصف على المنزل', expect: [{ kind: 'killed', count: { value: 6 } }] },
    { text: 'واستشهد 5 مدنيين، أب وأم وثلاثة أطفال، في غارة على المنزل', expect: [{ kind: 'killed', count: { value: 5 } }] },
    // After nationals a bare nationality is one more of them; a colon (after a class word) may open a sub-group list.
    { text: 'وقتل في الهجوم أربعة أتراك وسوري', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'قتل 20 شخصا في الهجوم على الفندق، ومن بين القتلى أجانب: خمسة هنود وإيطالي ويابانيان', expect: [{ kind: 'killed', count: { value: 20 }, includes: [{ victims: 'people', count: { value: 5 } }, { victims: 'people', count: { value: 1 } }, { victims: 'people', count: { value: 2 } }] }] },
    { text: 'ومن بين القتلى أجانب: خمسة هنود وإيطالي ويابانيان', expect: [{ kind: 'killed', count: { value: 8 } }] },
    // The fallen as both kinds joined after them: the combined figure counts each kind.
    { text: 'وسقط 14 مدنيا قتلى وجرحى في القصف على الحي', expect: [{ kind: 'killed', count: { value: 14 } }, { kind: 'injured', count: { value: 14 } }] },
    // A dual in construct with its pronoun counts two.
    { text: 'واستشهدت سيدة وطفلاها في قصف على منزلهم', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'أصيب الصحفي ومرافقاه بجروح خلال تغطية المواجهات', expect: [{ kind: 'injured', count: { value: 3 } }] },
    // The sound plural of a participle or a nisba in construct with its pronoun: «موظفيها»، «مقاتلوه»، «صحفييها».
    { text: 'واعتقلت أجهزة الأمن ستة من موظفيها بعد الهجوم', expect: [{ kind: 'detained', count: { value: 6 }, victims: 'people' }] },
    { text: 'أعلنت الحركة مقتل ثلاثة من مسلحيها في الاشتباكات', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'وأكدت الوكالة إصابة اثنين من صحفييها في القصف', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'journalists' }] },
    { text: 'وقتل مقاتلوه في المعركة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'fighters' }] },
    // A subject of no exact size before a figure is the agent; the counted group is the object.
    { text: 'اعتقلت مجموعة من الجنود 4 شبان عند الحاجز', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    { text: 'قتل انتحاري 9 جنود بتفجير حزامه في المعسكر', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'soldiers' }] },
    // «أوقف … عن العمل» suspends; «تحرير» in a name frees nobody.
    { text: 'أوقفت الوزارة 40 موظفا عن العمل', expect: [] },
    { text: 'تحتجز هيئة تحرير الشام 30 أسيرا في سجونها', expect: [{ kind: 'detained', count: { value: 30 } }] },
    // A group of gunmen who attack are the agents, not a casualty.
    { text: 'هاجمت مجموعة من المسلحين نقطة للشرطة', expect: [] },
    // Ending a life, with its subject before «حياة» or none.
    { text: 'قذيفة هاون تنهي حياة ثلاثة أطفال في الحي', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    { text: 'أنهت غارة جوية حياة سبعة مزارعين', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'civilians' }] },
    { text: 'أنهى اللاعب حياته المهنية في النادي', expect: [] },
    // A side mourns its dead: counted, they are a killing; named, they are someone already told.
    { text: 'ونعت الحركة خمسة من مقاتليها سقطوا في المواجهات', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'نعت الصحيفة خصومها بالخونة', expect: [] },
    // Slaughter as a verb, the struck-down dead, hostages and prisoners as people.
    { text: 'ذبح مسلحون مجهولون ثلاثة رعاة في البادية', expect: [{ kind: 'executed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'وسقط أربعة من المارة صرعى في الانفجار', expect: [{ kind: 'killed', count: { value: 4 } }] },
    { text: 'احتجزت الجماعة 14 رهينة داخل الفندق', expect: [{ kind: 'detained', count: { value: 14 }, victims: 'people' }] },
    // A bare figure right after the subject of an active verb counts its object: animals are no casualty.
    { text: 'ذبح الأهالي 40 رأسا من الأغنام احتفالا بالعيد', expect: [] },
    { text: 'قتل الصيادون 12 خنزيرا بريا أتلفت المحاصيل', expect: [] },
    // A release word frees the captives a participle names, not those an arrest verb or noun tells of.
    { text: 'وبعد تحرير البلدة جرى اعتقال 7 عناصر من التنظيم', expect: [{ kind: 'detained', count: { value: 7 } }] },
    // The ل of result before a present verb tells what the blast did.
    { text: 'سقط صاروخ على سوق الخضار ليقتل أربعة مدنيين', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'civilians' }] },
    // Contact or trace lost is going missing, not a loss of life.
    { text: 'وفقد الاتصال بستة صيادين خرجوا إلى البحر قبل القصف', expect: [{ kind: 'missing', count: { value: 6 }, victims: 'civilians' }] },
    { text: 'وانقطع الاتصال بثلاثة من عناصر الدفاع المدني منذ الأمس', expect: [{ kind: 'missing', count: { value: 3 } }] },
    { text: 'فقدت آثار 12 مهاجرا بعد غرق القارب', expect: [{ kind: 'missing', count: { value: 12 }, victims: 'people' }] },
    // The forcibly disappeared are missing.
    { text: 'ووثق التقرير 240 مختفياً قسرياً منذ مطلع العام', expect: [{ kind: 'missing', count: { value: 240 } }] },
  ],
  'vocabulary · victim nouns of trades, travel, faith, age and motherhood': [
    { text: 'قتل ثلاثة محامين ومتطوع في استهداف سيارتهم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    { text: 'وأصيب 12 راكبا في انقلاب الحافلة بعد استهدافها', expect: [{ kind: 'injured', count: { value: 12 }, victims: 'people' }] },
    { text: 'مقتل خمسة زوار في تفجير قرب المرقد', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    { text: 'واستشهدت 4 حوامل جراء نقص الرعاية بعد قصف المشفى', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'women' }] },
    { text: 'اعتقلت القوات 9 يافعين خلال المداهمة', expect: [{ kind: 'detained', count: { value: 9 }, victims: 'children' }] },
    { text: 'قتل انتحاريان بعد تفجير حزاميهما عند الحاجز', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'وأصيب عشرات الأهالي بحالات اختناق', expect: [{ kind: 'injured', victims: 'civilians' }] },
    { text: 'وخطف مسلحون أربعة مغاربة وأفغانيين اثنين على الطريق الصحراوي', expect: [{ kind: 'detained', count: { value: 6 }, victims: 'people' }] },
    { text: 'اختطف التنظيم عشرات الإيزيديات من القرية', expect: [{ kind: 'detained', victims: 'people' }] },
    // A bare nationality after a name or a title is its adjective: one person.
    { text: 'اغتيال مختار قرية تركماني قرب كركوك', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // First names that are victim nouns too are read by their plurals only: «وجيه»، «علوي».
    { text: 'واعتقلت قوات الأمن كلا من وجيه سلمان وعلوي ناصر وسامر حمدان', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
  ],
  'tolls · a second casualty plural joined by «و» with its own figure, with or without «إلى»': [
    { text: 'وارتفع عدد الشهداء في القطاع إلى 212 والجرحى إلى 1530', expect: [{ kind: 'killed', count: { value: 212 } }, { kind: 'injured', count: { value: 1530 } }] },
    { text: 'وبلغ عدد القتلى 9 والجرحى 27 حسب المستشفى الميداني', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'injured', count: { value: 27 } }] },
    // A nationality right after the casualty noun makes its people persons of that nation.
    { text: 'وأدى القصف إلى ارتقاء 12 شهيدا لبنانيا في الجنوب', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'people' }] },
    { text: 'وارتفع العدد إلى 4 قتلى من الجنسية السورية', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    // A pronoun of identity may stand between the toll and its figure.
    { text: 'وأوضح المصدر أن عدد القتلى هو 12 شخصا بينهم ثلاث نساء', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'people' }] },
    // «وعددهم» and a figure after a reading of no figure count its group, past its genitive or a comma.
    { text: 'وانتهى الاشتباك بمقتل المهاجمين، وعددهم ثلاثة', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'وأدى الانفجار إلى إصابة طلاب المدرسة وعددهم 14 طالبا', expect: [{ kind: 'injured', count: { value: 14 } }] },
    // A definite plural with its own figure right after a counted noun is a toll of its own, not the noun's conjunct.
    { text: 'وقال شيخ القبيلة إن قتلاهم لا يقل عن 20 قتيلا والجرحى نحو 35', expect: [{ kind: 'killed', count: { min: 20 } }, { kind: 'injured', count: { value: 35, approximate: true } }] },
    // Guard: definite nouns after a definite head share its figure.
    { text: 'وأسفر القصف عن عشرات القتلى والجرحى في الحي', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    { text: 'بلغت حصيلة الشهداء منذ بدء العدوان 4100 والإصابات 12800', expect: [{ kind: 'killed', count: { value: 4100 } }, { kind: 'injured', count: { value: 12800 } }] },
    // A figure before a plural joined by «و» does not count that plural: «5 قتلى وجرحى» still shares it.
    { text: 'سقط 5 قتلى وجرحى في القصف', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'injured', count: { value: 5 } }] },
  ],
  'breakdowns · by agent: a bare figure joined after a mention, before «على يد» and an actor': [
    {
      text: 'ووثق التقرير اعتقال 40 شخصاً على يد قوات النظام، و12 على يد قوات سوريا الديمقراطية',
      expect: [{ kind: 'detained', count: { value: 40 }, actors: ['syrian-government'] }, { kind: 'detained', count: { value: 12 }, actors: ['sdf'] }],
    },
    { text: 'قتل 9 مدنيين على يد قوات النظام، و4 على أيدي عناصر تنظيم داعش', expect: [{ kind: 'killed', count: { value: 9 } }, { kind: 'killed', count: { value: 4 }, actors: ['isis'] }] },
    // The hand after the second item is that item's: the first keeps its verb's subject.
    {
      text: 'واعتقلت قوات النظام 25 شخصاً، و8 على يد فصائل المعارضة',
      expect: [{ kind: 'detained', count: { value: 25 }, actors: ['syrian-government'] }, { kind: 'detained', count: { value: 8 }, actors: ['opposition'] }],
    },
  ],
  'breakdowns · by means: a bare figure or «آخرون» joined after a mention, before a cause': [
    { text: 'وأصيب أربعة شبان بالرصاص الحي، و9 آخرون بالرصاص المطاطي خلال المواجهات', expect: [{ kind: 'injured', count: { value: 4 } }, { kind: 'injured', count: { value: 9 } }] },
    { text: 'قتل مدنيان بقصف مدفعي و3 بغارة جوية على الأطراف', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', count: { value: 3 }, cause: 'airstrike' }] },
  ],
  'attribution · «من» after a weapon names the agent, not the victims\' side': [
    { text: 'قتل ثلاثة مدنيين بقصف من قوات النظام على البلدة', expect: [{ kind: 'killed', count: { value: 3 }, actors: ['syrian-government'] }] },
    { text: 'قتل ثلاثة عناصر من قوات النظام في الكمين', expect: [{ kind: 'killed', count: { value: 3 }, actors: [] }] },
  ],
  'attrib3 · an agent phrase states the agent; a campaign dated by «منذ» or a clause describing a place names none': [
    // «برصاص» right after the mention names the agent, though the same id is another mention's side.
    {
      text: 'وثق المرصد مقتل 12 عنصرا من قوات النظام في الهجوم، و4 مدنيين أعدموا ميدانيا برصاص قوات النظام خلال المداهمات.',
      expect: [{ kind: 'killed', count: { value: 12 }, actors: [] }, { kind: 'executed', count: { value: 4 }, actors: ['syrian-government'] }],
    },
    // The side whose offensive dates the toll did not cause all of the fights' dead.
    {
      text: 'وأوقعت المعارك حول المدينة 80 قتيلا و150 جريحا منذ إطلاق قوات النظام هجومها البري في العاشر من آذار، بحسب منظمة طبية.',
      expect: [{ kind: 'killed', count: { value: 80 }, actors: [] }, { kind: 'injured', count: { value: 150 }, actors: [] }],
    },
    // …but the other party of a clash named after «مع» is still the agent of one side's dead.
    { text: 'وارتفع عدد قتلى قوات النظام إلى 300 منذ بدء الاشتباكات مع فصائل المعارضة في الريف الشمالي.', expect: [{ kind: 'killed', count: { value: 300 }, actors: ['opposition'] }] },
    // A relative clause on a place with a verb of no attack describes the place: its subject is no agent.
    {
      text: 'قتل ثلاثة مدنيين مساء الأحد في سقوط قذائف على مدينة حلب التي تحاول قوات النظام استعادتها بالكامل، بحسب مصادر طبية.',
      expect: [{ kind: 'killed', count: { value: 3 }, actors: [] }],
    },
    // With an attack verb the clause tells who strikes the place.
    { text: 'قتل ثلاثة مدنيين مساء الأحد في غارة على مدينة حلب التي تقصفها قوات النظام يوميا.', expect: [{ kind: 'killed', count: { value: 3 }, actors: ['syrian-government'] }] },
    // Soldiers of no named side: the army that repelled the attack is their own, its attacker the agent.
    { text: 'وأوضح المصدر أن قوات النظام تصدت لهجوم قام به عناصر تنظيم داعش، مما أسفر عن مقتل جندي واحد.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers', actors: ['isis'] }] },
    // A sentence in the pluperfect naming its own weapon («وكانت عبوة … انفجرت أمس») tells an earlier event: it borrows no actor.
    { text: 'قصفت طائرات النظام بلدة كفرنبل صباح اليوم. وكانت عبوة ناسفة انفجرت أمس قرب سوق البلدة، ما أدى إلى مقتل أربعة مدنيين.', expect: [{ kind: 'killed', count: { value: 4 }, actors: [] }] },
    // «في الجانب الإسرائيلي» names the victims' side; the strike named by its adjective is still the other toll's agent.
    {
      text: 'وأصيب 300 فلسطيني بجروح جراء القصف الإسرائيلي، بينما قتل 9 أشخاص في الجانب الإسرائيلي.',
      expect: [{ kind: 'injured', count: { value: 300 }, actors: ['israel'] }, { kind: 'killed', count: { value: 9 }, actors: [] }],
    },
  ],
  // Shapes the coverage grid (test/data/casualty-grid.ts) found unread, in new sentences.
  'grid 1 · present, slaughter and disappearance verbs': [
    { text: 'عصابة تخطف ثلاثة تجار على طريق المطار', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'نحر التنظيم أربعة رعاة في البادية', expect: [{ kind: 'executed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'وأكد الأهالي أن صيادين اختفيا قبالة الساحل', expect: [{ kind: 'missing', count: { value: 2 } }] },
  ],
  'grid 2 · a group past a place name, an aside or its adjective': [
    { text: 'واعتقل في مخيم جنين بالضفة الغربية عشرات الشبان', expect: [{ kind: 'detained', count: { min: 10, vague: 'tens' } }] },
    { text: 'ولقي، وفق مصادر طبية، خمسة عمال حتفهم في الانفجار', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
    { text: 'ولا يزال سبعة صيادين يمنيين مفقودين منذ أسبوع', expect: [{ kind: 'missing', count: { value: 7 }, victims: 'civilians' }] },
    { text: 'وقال الإسعاف إن ستة عمال، بينهم فتى، ما زالوا عالقين تحت أنقاض المصنع', expect: [{ kind: 'trapped', count: { value: 6 }, victims: 'civilians' }] },
  ],
  'grid 3 · coordinations and duals before their verb': [
    { text: 'وأفادت المصادر بأن سيدة وطفلين أصيبوا بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 3 } }] },
    { text: 'وذكر الأهالي أن رضيعين ووالدتهما قضوا في الحريق الذي أشعله القصف', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وقال شهود إن شابين لقيا مصرعهما على الطريق', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وخطف مسلحون مجهولون تاجرا ونجله من أمام متجرهما', expect: [{ kind: 'detained', count: { value: 2 } }] },
  ],
  'grid 4 · tolls and results told figure first or past their subject': [
    { text: 'وارتفع إلى 31 شخصا عدد ضحايا الانفجار', expect: [{ kind: 'killed', count: { value: 31 }, victims: 'people' }] },
    { text: 'وخلفت الغارة الجوية قتيلين', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأسفر ذلك عن إصابته بجروح متوسطة', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وعلق ثلاثة أطفال تحت ركام منزلهم', expect: [{ kind: 'trapped', count: { value: 3 }, victims: 'children' }] },
  ],
  'grid2 1 · a time or source between the verb and what follows, with or without commas': [
    // A source between commas inside an idiom, between its group and its object.
    { text: 'لقي أربعة صيادين، بحسب مصادر محلية، حتفهم في البحر.', expect: [{ kind: 'killed', count: { value: 4 } }] },
    // A time between commas right after the verb, before its subject.
    { text: 'وقتل، مساء أمس، ثلاثة رعاة في ريف حماة.', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // Time words or a time between commas between an active verb and its agent.
    { text: 'أعدمت اليوم الجماعة المسلحة خمسة رجال في ساحة البلدة.', expect: [{ kind: 'executed', count: { value: 5 } }] },
    { text: 'اعتقلت، صباح اليوم، قوات الأمن امرأة وطفلين.', expect: [{ kind: 'detained', count: { value: 3 } }] },
    // Nor a place phrase or an aside toward how far «أرواح» may stand past the verb that takes lives.
    { text: 'وحصد القصف المدفعي في قرية الطيبة بريف درعا أرواح خمسة مزارعين.', expect: [{ kind: 'killed', count: { value: 5 } }] },
    { text: 'حصدت الغارات، بحسب الدفاع المدني، أرواح تسعة أشخاص.', expect: [{ kind: 'killed', count: { value: 9 } }] },
    // An aside between commas does not count toward how far an idiom's object may stand.
    { text: 'لقي في ريف حمص الشرقي أحد عشر عاملا، بينهم طفلان، بحسب مصادر طبية، مصرعهم.', expect: [{ kind: 'killed', count: { value: 11 } }] },
  ],
  'grid2 3 · an armed group of no name as the subject': [
    { text: 'اختطفت جماعة مسلحة ثلاثة مهندسين على الطريق الدولي.', expect: [{ kind: 'detained', count: { value: 3 } }] },
    { text: 'وقتلت مجموعة مسلحة شابين قرب البلدة.', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'grid2 2 · casualty participles that arrive at a hospital': [
    { text: 'ووصل إلى المستشفى الميداني قتيلان وعدد من الجرحى.', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured' }] },
    { text: 'وصلت إلى مستشفى البلدة جريحتان بعد القصف.', expect: [{ kind: 'injured', count: { value: 2 } }] },
  ],
  'recallH 3 · bodies found or pulled out: one body is one dead, uncounted bodies are the dead unless a toll was just told': [
    { text: 'وانتشلت الطواقم جثة من تحت ركام بناية في الحي الشرقي.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'unspecified' }] },
    { text: 'وعثر رعاة أغنام على جثة قرب الوادي صباح اليوم.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «أخرى» after the body: one more.
    { text: 'وانتشلت فرق الإنقاذ جثة أخرى من مياه النهر مساء اليوم.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وقالت الشرطة إنها عثرت على جثة رجل مسن في بستان مهجور.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // An indefinite body is someone new, even after a toll.
    { text: 'وقتل أربعة أشخاص في القصف على السوق. وتم انتشال جثة طفل من تحت الركام لاحقا.', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'قتل شخصان في غارة على البلدة، وتم انتشال جثة من بلدة مجاورة.', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', count: { value: 1 } }] },
    { text: 'العثور على جثث مجهولة الهوية قرب مكب النفايات', expect: [{ kind: 'killed', count: null }] },
    // Two bodies, dual: «جثتين/جثتي/جثماني» are two dead, past a dual adjective.
    { text: 'وعثر رعاة على جثتين مجهولتي الهوية في البادية', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وتسلمت العائلتان جثماني الشابين من المستشفى', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // Bodies after a toll in their sentence are part of it.
    { text: 'وارتفع عدد القتلى إلى 10 بعد انتشال جثتين من تحت الأنقاض', expect: [{ kind: 'killed', count: { value: 10 } }] },
    // Identifying bodies finds them; «تعود إلى» tells whose they are. «مقتول» after a person found: killed.
    { text: 'وتمكن الأهالي من التعرف على جثتين تعودان إلى شقيقين من القرية', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وعثرت دورية على شاب مقتول داخل سيارته على الطريق', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Bodies pulled out from rubble are the dead, not trapped survivors.
    { text: 'واصل الدفاع المدني انتشال جثث من تحت أنقاض الأبنية', expect: [{ kind: 'killed', count: null }] },
    // Uncounted bodies right after a toll are its dead; counted ones count themselves.
    { text: 'قتل سبعة مدنيين في القصف. وواصلت الفرق انتشال جثث من المباني المدمرة.', expect: [{ kind: 'killed', count: { value: 7 } }] },
    { text: 'وتمكنت الفرق من انتشال جثامين خمسة شهداء من تحت الأنقاض.', expect: [{ kind: 'killed', count: { value: 5 } }] },
    // A killing verb describing the body's person tells the same death.
    { text: 'وعثر الأهالي على جثة شاب كان قد قتل في الاشتباكات.', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A numeral that agrees with the body word is its adjective: one more dead, told after a count of others.
    { text: 'وانتشلت الطواقم خمس جثث من تحت الركام، وانتشلت جثة واحدة من بئر قريبة', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'killed', count: { value: 1 } }] },
    // Bodies joined by «و» to bodies found before them in the sentence are found too, past their place.
    { text: 'وعثرت فرق الدفاع المدني على أربع جثث متفحمة قرب السوق، وجثتين في بستان على أطراف البلدة', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'killed', count: { value: 2 } }] },
  ],
  'recall15 · a status in brackets after a named person: «فلان (قتيل)»': [
    { text: 'ونشرت الشرطة أسماء الضحايا وهم سليم عوض الترهوني (قتيل)، ونادر سالم (جريح).', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'injured', count: { value: 1 } }] },
    // A child's age just before the bracket.
    { text: 'قائمة المصابين: يوسف خالد 9 سنوات (جريح)', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
  ],
  'recall15 · the rest of a group told: a definite figure with «الآخرون/الباقون» after a casualty verb': [
    { text: 'هاجم ستة مسلحين الحاجز، فقتل ثلاثة منهم وأسر الثلاثة الآخرون.', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'detained', count: { value: 3 } }] },
    { text: 'ونجا سائق الحافلة بينما أصيب الأربعة الباقون بجروح متوسطة.', expect: [{ kind: 'injured', count: { value: 4 } }] },
  ],
  'recallH 4 · a part of a toll, «N منهم» or «منهم N» after its comma, told by its place or means': [
    { text: 'وقتل 40 مدنيا منذ بداية الشهر، 25 منهم في القصف على الأحياء الشرقية.', expect: [{ kind: 'killed', count: { value: 40 } }, { kind: 'killed', count: { value: 25 }, victims: 'civilians' }] },
    { text: 'ارتفع عدد الجرحى إلى 60، منهم 12 بالرصاص الحي.', expect: [{ kind: 'injured', count: { value: 60 } }, { kind: 'injured', count: { value: 12 } }] },
    { text: 'وأصيب 18 شخصا، 5 منهم في مدينة حلب.', expect: [{ kind: 'injured', count: { value: 18 } }, { kind: 'injured', count: { value: 5 } }] },
    // A part told by who they are or how they fare, not where or how they were hit, is no breakdown.
    { text: 'وقتل 11 شخصا في الغارة، 6 منهم من عائلة واحدة.', expect: [{ kind: 'killed', count: { value: 11 } }] },
    { text: 'وأصيب 9 أشخاص، 3 منهم في حالة حرجة.', expect: [{ kind: 'injured', count: { value: 9 } }] },
  ],
  'recallH 5 · «هلاك», perishing, as a noun of killing': [
    { text: 'وأكد المصدر هلاك 4 مسلحين في الكمين.', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'fighters' }] },
    { text: 'وحذر الكاتب من هلاك الاقتصاد إذا استمرت الحرب.', expect: [] },
  ],
  'objnames 1 · titled persons after an active verb and its subject, one or two joined by «و»': [
    // A title right after the subject, with a name after it, is the object and not the subject's adjective.
    { text: 'اختطفت الجماعة المسلحة المهندس سليم داود والمعلم رائد حمدي من منزليهما', expect: [{ kind: 'detained', count: { value: 2 } }] },
    { text: 'وخطفت مليشيا الحوثي التربوي ناصر الشامي في مدينة إب', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // A named side, a comma and a time word, then a titled pair.
    { text: 'واعتقلت قوات الاحتلال، فجر اليوم، الشاب كمال عيسى والفتى يوسف زيد', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // Right after a definite subject the lexicons do not know, a titled person is the object.
    { text: 'واعتقلت الشرطة الصحفي مازن القاسم أثناء تغطيته للاحتجاجات', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'journalists' }] },
    // A day of the month after the side is a time phrase: the titled person after it is the object, no genitive.
    { text: 'واعتقلت قوات الأمن في 22 آذار المحامي كريم الصالح من مكتبه', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // A nationality after the side is its adjective: no title.
    { text: 'وقالت القوات الأمريكية إن عملياتها مستمرة في المنطقة', expect: [] },
  ],
  'objnames 3 · «الدكتور»، «الفنان»، «الطيار» and a nationality between a title and its name; a shepherd in «ي»': [
    { text: 'واغتال مسلحون الدكتور الأردني هاني سلمان أمام منزله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وحصل الدكتور على جائزة في الكيمياء بعد سنوات من العمل', expect: [] },
    // A pilot and an artist before a name are persons; alone they are no victims.
    { text: 'وأعدم التنظيم الطيار السوري حسان خليل رميا بالرصاص', expect: [{ kind: 'executed', count: { value: 1 } }] },
    { text: 'وقتل الفنان سمير عواد بشظية قذيفة سقطت قرب منزله', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وتوفي فنان معروف بعد صراع مع المرض', expect: [] },
    // A shepherd written with its final «ي» («الراعي»، «الراعيين») is a civilian trade too.
    { text: 'وقتل راعي أغنام برصاص قناص قرب القرية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians' }] },
    { text: 'واختطف مجهولون الراعيين من المرعى', expect: [{ kind: 'detained', victims: 'civilians' }] },
  ],
  'objnames 2 · «كل من» lists opened by a quote, ended by an adjunct, with a group of no size inside': [
    // The quote before «كل من» opens the list; «أثناء» after its comma ends it.
    { text: 'وأضاف أن الدورية اختطفت أيضا «كل من سعاد حسن ناصر ومنى علي قاسم، أثناء محاولتهما منع الاعتقال»', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // Kin of no size joined to a name leave the count a minimum; the list goes on after them.
    { text: 'واعتقلت خلالها كلا من "سالم الفارس وأبناؤه، وخضر العلي الحمد، وحمدان الخليف"', expect: [{ kind: 'detained', count: { min: 3 } }] },
  ],
  'vocabulary · session 13 sweep: predicates, victim nouns, causes and weapons': [
    // Predicates: the passive of «اقتاد», «قبض على», «هلك», drowning, dying now, «ضبط» of people, held participles.
    { text: 'واقتيد تسعة شبان من الحي إلى جهة مجهولة', expect: [{ kind: 'detained', count: { value: 9 }, victims: 'people' }] },
    { text: 'وقبض على أربعة مطلوبين في كمين قرب الجسر', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    { text: 'وهلك ستة من المرتزقة في الهجوم على الموقع', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'fighters' }] },
    { text: 'أعلن خفر السواحل غرق 23 مهاجرا بعد انقلاب زورقهم', expect: [{ kind: 'killed', count: { value: 23 }, victims: 'people' }] },
    { text: 'وقال الهلال الأحمر إن 7 مهاجرين غرقوا قرب الشاطئ', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    { text: 'غرق المركب قرب الساحل وعلى متنه 60 مهاجرا', expect: [] },
    { text: 'وغرقت الشوارع والمنازل بعد العاصفة', expect: [] },
    { text: 'ما زال أطفال يموتون جوعا في البلدة المحاصرة', expect: [{ kind: 'killed', victims: 'children' }] },
    { text: 'ويموت خمسة جرحى كل ساعة في المشفى لغياب الدواء', expect: [] },
    { text: 'وتمكنت الشرطة من ضبط 5 متهمين بالهجوم على الحاجز', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    { text: 'ودعت البعثة الطرفين إلى ضبط النفس ووقف التصعيد', expect: [] },
    { text: 'وأفاد المحامي أن عدد الموقوفين في السجن بلغ 300 شخص', expect: [{ kind: 'detained', count: { value: 300 } }] },
    { text: 'وصدر بحقه حكم موقوف التنفيذ', expect: [] },
    // Victim nouns: trades, the old, passers-by, settlers, gendarmes, firefighters, health workers, a widow, a boy.
    { text: 'وقتل ثلاثة عتالين برصاص دورية على الحدود', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    { text: 'وأصيب عدد من المارة بشظايا القذيفة', expect: [{ kind: 'injured', victims: 'civilians' }] },
    { text: 'مقتل عجوز وكهل في قصف على القرية', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأسفر الهجوم عن إصابة أربعة مستوطنين قرب المفترق', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'people' }] },
    { text: 'قتل دركيان في كمين نصبه مسلحون على الطريق الجبلي', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'وأصيب ثلاثة إطفائيين خلال إخماد الحريق بعد الغارة', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'rescuers' }] },
    { text: 'واستشهد خمسة صيادلة وعاملين صحيين في قصف المستودع', expect: [{ kind: 'killed', victims: 'medical' }] },
    { text: 'اعتقلت القوة 4 صبيان من المخيم', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'children' }] },
    { text: 'استشهدت أرملة في الغارة على منزلها', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
    { text: 'وقتل عشرون تكفيرياً في الاشتباكات على أطراف البلدة', expect: [{ kind: 'killed', count: { value: 20 }, victims: 'fighters' }] },
    { text: 'استشهد مقاومان برصاص قوات الاحتلال قرب المخيم فجر اليوم', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'fighters' }] },
    // A casualty participle as the subject of a verb of falling fell as what it names: wounded, counted or dual.
    { text: 'وأفادت مصادر طبية بأن خمسة جرحى سقطوا في القصف على السوق', expect: [{ kind: 'injured', count: { value: 5 } }] },
    { text: 'وذكرت الوكالة أن جريحين سقطا في غارة على دراجة نارية', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'unspecified' }] },
    { text: 'وقتل ثلاثة عناصر أمنية في هجوم على نقطة التفتيش', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'واعتقل حرس الحدود 12 مهربا قرب المعبر', expect: [{ kind: 'detained', count: { value: 12 }, victims: 'people' }] },
    { text: 'واغتال مجهولون شيخ عشيرة في ريف المحافظة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Peoples and communities: Darfur's Masalit, Libya's Tebu and Tuareg; «فور وصوله» is no Fur.
    { text: 'وقتل 40 من المساليت في هجوم على الحي', expect: [{ kind: 'killed', count: { value: 40 }, victims: 'people' }] },
    { text: 'واختطف ثلاثة من التبو قرب الواحة على يد مسلحين', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    { text: 'وأسفرت الاشتباكات عن مقتل 12 من الطوارق', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'people' }] },
    { text: 'واعتقل شاب فور وصوله إلى الحاجز', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وافتتحت صيدلية جديدة قرب مستوطنة في الضفة', expect: [] },
    { text: 'ووصلت سيارة إطفائية إلى مكان الحريق', expect: [] },
    // Causes: gunshots, Sudanese shells, hanging and stoning, mustard gas, a tanker bomb, the Syrian helicopter.
    { text: 'وأصيب شاب بطلق ناري في قدمه عند الحاجز', expect: [{ kind: 'injured', count: { value: 1 }, cause: 'shooting' }] },
    { text: 'وقتل ثلاثة مدنيين بعيار ناري خلال المداهمة', expect: [{ kind: 'killed', count: { value: 3 }, cause: 'shooting' }] },
    { text: 'قتل 6 مواطنين جراء سقوط دانات على سوق الحي', expect: [{ kind: 'killed', count: { value: 6 }, cause: 'shelling' }] },
    { text: 'وأعدم التنظيم رجلين شنقاً في الساحة العامة', expect: [{ kind: 'executed', count: { value: 2 }, cause: 'execution' }] },
    { text: 'وأصيب 40 شخصا بقصف بغاز الخردل على القرية', expect: [{ kind: 'injured', count: { value: 40 }, cause: 'chemical' }] },
    { text: 'مقتل 9 أشخاص بتفجير صهريج مفخخ عند مدخل المدينة', expect: [{ kind: 'killed', count: { value: 9 }, cause: 'car-bomb' }] },
    { text: 'قتل طفلان بقصف حوامة على البلدة', expect: [{ kind: 'killed', count: { value: 2 }, cause: 'airstrike' }] },
    // Firefighters and civil defence members, the head noun dual.
    { text: 'وأصيب اثنان من عناصر الإطفاء خلال إخماد الحريق', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'rescuers' }] },
    { text: 'وأصيب عنصران من الدفاع المدني أثناء انتشال الجثث', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'rescuers' }] },
    // A march is no drone; a girl's name is no shell; a road's name is no gas.
    { text: 'وأصيب 20 متظاهرا خلال مسيرة العودة شرق المدينة', expect: [{ kind: 'injured', count: { value: 20 }, cause: null }] },
    { text: 'وأصيب 7 شبان خلال قمع مسيرة سلمية في القرية', expect: [{ kind: 'injured', count: { value: 7 }, cause: null }] },
    { text: 'واستشهد شاب بقصف مسيرة إسرائيلية استهدفت دراجته', expect: [{ kind: 'killed', count: { value: 1 }, cause: 'airstrike' }] },
    { text: 'وقتلت الطفلة دانة برصاص قناص في الحي', expect: [{ kind: 'killed', count: { value: 1 }, cause: 'shooting' }] },
    { text: 'قتل شخصان بانفجار على طريق الخردلي جنوب البلدة', expect: [{ kind: 'killed', count: { value: 2 }, cause: 'explosion' }] },
  ],
  'perturb 1 · a place phrase between a verb and its subject (a place noun the gazetteer does not know too)': [
    { text: 'وقتل في شارع المدارس راعيان خلال القصف.', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'civilians' }] },
    { text: 'وأصيب في سوق المدينة آخرون بجروح طفيفة.', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    { text: 'كما جرح في القرية المجاورة العشرات من الأهالي.', expect: [{ kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    { text: 'واستشهدت اليوم في مخيم النازحين امرأة وطفلها.', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأصيب في حي الميدان شاب برصاص قناص.', expect: [{ kind: 'injured', count: { value: 1 } }] },
  ],
  'perturb 2 · quotes or brackets around a count phrase read as if they were not there': [
    { text: 'وقتل "سبعة مزارعين" على الأقل بانفجار لغم في الحقول.', expect: [{ kind: 'killed', contains: 'سبعة مزارعين', count: { min: 7 }, victims: 'civilians' }] },
    { text: 'وأسفر القصف عن جرح (12 طفلا) في المخيم.', expect: [{ kind: 'injured', count: { value: 12 }, victims: 'children' }] },
    { text: 'وارتفعت حصيلة ضحايا الحريق إلى "19"، بحسب الدفاع المدني.', expect: [{ kind: 'killed', count: { value: 19 } }] },
    { text: 'وأصيب (30) على الأقل في الانفجار.', expect: [{ kind: 'injured', count: { min: 30 } }] },
    { text: 'واعتقلت الدورية خمسة شبان من الحي، و"ثلاثة" من القرية المجاورة.', expect: [{ kind: 'detained', count: { value: 5 } }, { kind: 'detained', count: { value: 3 } }] },
    // An age in brackets stays an age: two persons, no figure of 25.
    { text: 'واستشهد الشاب سامر خليل (25 عاما) وشقيقه.', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'perturb 3 · a headline\'s time, bare or between commas, before its cause': [
    { text: 'قتلى وجرحى الليلة في غارات على أطراف البلدة', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    { text: 'شهيد، فجر اليوم، برصاص قناص في المخيم', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'ضحايا مدنيون أمس بقصف مدفعي على السوق', expect: [{ kind: 'killed', victims: 'civilians' }] },
  ],
  'perturb 4 · a time between commas between a verb whose subject is its ending and its counted object': [
    { text: 'وقال الأهالي إن المسلحين خطفوا، فجر اليوم، أربعة رعاة من المرعى.', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'عصابات مسلحة تقتل، صباح الأحد، طفلين وأمهما في الريف', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // A comma before a figure with no time between is a new clause: a part of them, not the object.
    { text: 'أصيبوا بشظايا القذائف، 3 منهم في حالة حرجة', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
  ],
  'perturb 5 · «على الأقل» after the object of a death idiom bounds its group': [
    { text: 'ولقي 17 عاملا حتفهم على الأقل في انهيار المنجم بعد القصف.', expect: [{ kind: 'killed', count: { min: 17 }, victims: 'civilians' }] },
    { text: 'لقيت ثلاث نساء مصرعهن على الأقل بنيران القناصة', expect: [{ kind: 'killed', count: { min: 3 }, victims: 'women' }] },
  ],
  'perturb 6 · past a verb\'s adjuncts: a bare figure keeps its «بينهم» part, a titled person is the object': [
    { text: 'وقتل في ريف البلدة 41 بينهم 9 أطفال جراء القصف.', expect: [{ kind: 'killed', count: { value: 41 } }] },
    { text: 'وأصيب، صباح اليوم، 16 بينهم امرأتان في الغارة.', expect: [{ kind: 'injured', count: { value: 16 } }] },
    { text: 'وذكرت المصادر أن عناصر الدورية اعتقلوا في مخيم العروب الطالب سامي عودة.', expect: [{ kind: 'detained', count: { value: 1 } }] },
  ],
  'perturb 7 · «مواطنين» after a casualty word reads as «مدنيين» does: the group, two against counted others': [
    { text: 'وخطف مسلحون مواطنين من سوق البلدة', expect: [{ kind: 'detained', count: { vague: 'some' }, victims: 'civilians' }] },
    { text: 'وأسفر القصف عن استشهاد مواطنين، وإصابة خمسة آخرين', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 5 } }] },
  ],
  'a dual verbal noun joined after a mention of another kind counts its two («وإصابتين»)': [
    { text: 'وأعلنت وزارة الصحة عن شهيد وإصابتين برصاص الاحتلال في مخيم بلاطة.', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 } }] },
    { text: 'أسفرت الغارة عن 4 قتلى وإصابتين في صفوف المارة.', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', count: { value: 2 } }] },
    { text: 'وأفاد الهلال الأحمر باستشهاد طفل وإصابتين بجروح متوسطة قرب الحاجز.', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }, { kind: 'injured', count: { value: 2 } }] },
  ],
  'a toll of cases of a verbal noun («عدد حالات الاعتقال … بلغ 9 آلاف حالة»)': [
    { text: 'وقال نادي الأسير إن عدد حالات الاعتقال منذ مطلع العام بلغ نحو 9 آلاف حالة.', expect: [{ kind: 'detained', count: { value: 9000, approximate: true } }] },
    { text: 'وأوضحت الوزارة أن عدد حالات الوفاة في المخيم ارتفع إلى 46.', expect: [{ kind: 'killed', count: { value: 46 } }] },
  ],
  'recall14 1 · «قد تم» is past and asserts; a man named by his decade of age': [
    { text: 'وأضاف المصدر أنه قد تم إعدام أربعة متهمين فجر اليوم في الساحة العامة.', expect: [{ kind: 'executed', count: { value: 4 } }] },
    { text: 'وكانت قد تمت تصفية خمسة أسرى قبل يومين.', expect: [{ kind: 'executed', count: { value: 5 } }] },
    // «Liquidating» fighters is killing them in combat; captives (above) and others stay executed.
    { text: 'وأعلنت القوات الحكومية تصفيتها أكثر من 30 مسلحاً خلال العملية', expect: [{ kind: 'killed', count: { min: 30 }, victims: 'fighters' }] },
    { text: 'وقال المصدر إنه جرت تصفية ثلاثة عناصر من التنظيم في الاشتباك', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'وأقدم المسلحون على تصفية أربعة مدنيين أمام منازلهم', expect: [{ kind: 'executed', count: { value: 4 }, victims: 'civilians' }] },
    { text: 'وفي حادث آخر، أصيب خمسيني برصاص مجهولين قرب السوق.', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'مقتل ستيني وإصابة ثلاثيني بانفجار لغم في المزرعة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'recall14 2 · a toll listed by side: a figure «من» a side after «بالإضافة إلى» is the next item, a side\'s adjective is stepped over': [
    { text: 'ووثق المرصد مقتل 120 عنصرا من قوات الجيش، بالإضافة إلى 95 من مسلحي الفصائل المتشددة، و40 مدنيا', expect: [{ kind: 'killed', count: { value: 120 } }, { kind: 'killed', count: { value: 95 } }, { kind: 'killed', count: { value: 40 }, victims: 'civilians' }] },
    { text: 'مقتل 40 عنصرا من قوات النظام، بالإضافة لـ12 من الميليشيات الموالية لها', expect: [{ kind: 'killed', count: { value: 40 } }, { kind: 'killed', count: { value: 12 } }] },
  ],
  'recall14 3 · a verbal noun, its agent in the genitive, then prisoners after «ل» or all of a group': [
    { text: 'ونددت المنظمة بإعدام قوات النظام لمعتقلين في السجن', expect: [{ kind: 'executed', count: { vague: 'some' }, actors: ['syrian-government'] }] },
    { text: 'وأدان البيان تصفية قوات النظام جميع المرضى في المستشفى', expect: [{ kind: 'executed', count: null }] },
  ],
  'recall14 4 · «تسبب» with its «ب» on the noun, beheading a counted group': [
    { text: 'أطلق مسلحون النار على سائق في البلدة، ما تسبب بمقتله على الفور', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأقدم مسلحو التنظيم على قطع رؤوس ثلاثة رجال بتهمة التعاون مع الجيش', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'تنظيم لا يتوانى عن قطع رؤوس خصومه', expect: [] },
  ],
  'recall14 5 · «عدد منهم» (some of them) after a casualty word, as «ثلاثة منهم»': [
    { text: 'حاصر الجنود مجموعة من الشبان في الحي واعتقلوا عدداً منهم', expect: [{ kind: 'detained', count: { vague: 'some' } }] },
    { text: 'ووصل الأسرى في حالة سيئة، وتوفي عدد منهم في الطريق', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
    // «منها» after a group named in the feminine («القوات»، «الميليشيا»).
    { text: 'ونصب المقاتلون كمينا للقوة المهاجمة وتمكنوا من قتل عددا منها', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
  ],
  'recall14 6 · «قبض» with its subject before «على»': [
    { text: 'وقبضت الأجهزة الأمنية على ستة مطلوبين في حي الشهداء', expect: [{ kind: 'detained', count: { value: 6 }, victims: 'people' }] },
    // The subject may open with «قوات» and end with its nation.
    { text: 'وقبضت قوات جهاز الاستخبارات اليمني على أربعة مطلوبين في عدن', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    { text: 'قبضت الشرطة على 4 بعد مداهمة المنزل', expect: [{ kind: 'detained', count: { value: 4 } }] },
    { text: 'قبضت الحكومة على زمام الأمور في العاصمة', expect: [] },
  ],
  'recall14 7 · a bare figure after its verb, then «وسط» (amid, or where)': [
    { text: 'وقتل شخصان، وأصيب العشرات وسط حالة من الذعر في السوق', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
    { text: 'وأصيب 7 وسط المدينة جراء سقوط قذيفة', expect: [{ kind: 'injured', count: { value: 7 } }] },
  ],
  'recall14 8 · in a list of names after «كل من», the word after «أبو/بن» is a name, and a town opens one': [
    { text: 'وجرى إعدام كل من سالم أبو شباب وخالد عودة في الساحة', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    // Each name in quotes of its own, an age after its closing quote, «و» written apart before the next quote.
    { text: 'وأدى الانفجار إلى إصابة كل من الطفلة “ريم سالم العبدو” (9 أعوام) و”حسن داود” (47 عاماً) بجروح', expect: [{ kind: 'injured', count: { value: 2 }, contains: 'حسن داود' }] },
    { text: 'واعتقلت الدورية كل من “نزار طه” و “وائل عيسى” و “باسل نمر” من منازلهم', expect: [{ kind: 'detained', count: { value: 3 }, contains: 'باسل نمر' }] },
    // A first name that is also a town («جاسم») opens a name when a word of the name follows it.
    { text: 'وأصيب كل من جاسم المحمد وعمار الخلف بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people', contains: 'جاسم المحمد وعمار الخلف' }] },
  ],
  'recall14b 1 · a time adjunct of two words («قبل عامين»، «بعد ذلك») between a verb and its object': [
    // «في وقت سابق/لاحق»، «لاحقاً»: earlier or later, as «قبل ذلك».
    { text: 'وكانت الجماعة قد أعدمت في وقت سابق رجلين بتهمة التعاون مع الجيش', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وكان التنظيم قد أعدم قبل عامين رجلين في ساحة القرية', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وكانت الشرطة اعتقلت بعد ذلك الصحفي سامي ناصر في منزله بتهمة تحريض ثلاثة عمال', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'الصحفي سامي ناصر' }] },
  ],
  'recall14b 2 · a relative clause on the subject, closed by a time word or comma, then the object': [
    { text: 'أعدم "تنظيم الدولة" الذي يسيطر على المدينة صباح اليوم شابا في الساحة العامة', expect: [{ kind: 'executed', count: { value: 1 }, actors: ['isis'] }] },
    { text: 'اعتقلت قوات النظام التي انتشرت في الحي فجر اليوم أربعة شبان', expect: [{ kind: 'detained', count: { value: 4 }, actors: ['syrian-government'] }] },
    { text: 'اختطف مسلحون مجهولون الذين يستقلون سيارة مساء أمس، طفلين من الحي', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'children' }] },
    // The clause's own casualty is read as its own; nothing past it is the verb's object.
    { text: 'أعدم التنظيم الذي قتل 5 جنود صباح اليوم شابا', expect: [{ kind: 'killed', count: { value: 5 } }] },
  ],
  'recall14b 3 · a plural verb, its time words and the comma that closes them, then its object': [
    { text: 'وذكرت مصادر محلية أن مسلحين اغتالوا مساء أمس الخميس، قياديين سابقين في الفصائل', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'recall14b 4 · «اغتال» (assassinate) names its victims, past an unnamed subject in the nominative': [
    { text: 'واغتال مسلحون مجهولون فادي نصار قرب منزله في ريف المدينة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'فادي نصار' }] },
    { text: 'اغتالت قوات النظام خالد عمران ووائل سعد في حي الوعر', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'اغتال الحزن فرحة العيد في المدينة', expect: [] },
  ],
  'recall14b 5 · a titled person after the verb and names joined past his, «حينها» as a time word': [
    { text: 'واستشهد حينها الشهيد ماجد عليان، وسامر الحلو برصاص القناصة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    { text: 'وقتل الشاب نادر سليم، ووليد حمدان، وعادل نصر في القصف', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'واعتقلت الدورية الطبيب سامر زيدان وصادرت حاسوبه', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'واستشهد الشهيد كمال حسونة في الغارة', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'كمال حسونة' }] },
  ],
  'recall14b 6 · all of a definite group («كل/جميع»), in quotes or past the subject, is a fact of its own': [
    { text: 'وقال المسؤول إن الجنود قاموا بقتل " جميع المسلحين " داخل المبنى', expect: [{ kind: 'killed', count: null, victims: 'fighters' }] },
    {
      text: 'وانفجرت سيارة مفخخة قرب الفندق ما أدى إلى مقتل 12 شخصا. وقتلت قوات الأمن جميع المهاجمين بعد ساعات من الاشتباك',
      expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'killed', count: null, victims: 'fighters', contains: 'جميع المهاجمين' }],
    },
  ],
  'recall14b 7 · a name in quotes after a verb of arrest, execution or assassination': [
    { text: 'وأضاف أن مجهولين اغتالوا أيضاً "ناصر لويس" بين البلدتين', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'واعتقلت قوات الأمن "سامر خليل" في الحي', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال "سامر خليل" إن الوضع هادئ', expect: [] },
    // After the passive «أصيب» or the intransitive «استشهد» a name is the subject, the victim (in quotes or not).
    { text: 'وأصيب “هادي سعيد” بشظايا في الركبة وحالته مستقرة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'وفي حادث منفصل أصيب عماد خالد الحسن جراء تعرضه لإطلاق نار', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'targets16 1 · a result word whose pronoun names the victims just told restates that death': [
    // «ما أدى إلى مقتلهما» after the killing of two in the same sentence is the same two.
    {
      text: 'وذكرت شبكة محلية أن مجهولين اغتالوا مساء الثلاثاء شابين من أبناء البلدة قرب الجامع، ما أدى إلى مقتلهما على الفور',
      expect: [{ kind: 'killed', count: { value: 2 }, contains: 'شابين' }],
    },
    { text: 'اغتال مجهولون قياديا سابقا في الفصائل قرب منزله، ما أدى إلى مقتله بعد ساعات', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'قياديا' }] },
    // After an injury the death is the news: a second death (and the wound is no injury of its own, next family).
    { text: 'قتل مزارع وأصيب شاب آخر بجروح في القصف، ما أدى إلى وفاته لاحقا', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'مزارع' }, { kind: 'killed', count: { value: 1 }, contains: 'وفاته' }] },
    // With no killing told before it in the sentence, the result word is the mention.
    { text: 'أطلق مسلحون النار على سائق شاحنة عند الحاجز، ما أدى إلى مقتله', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'مقتله' }] },
  ],
  'targets16 2 · an injury whose death by a pronoun follows in the sentence, or the wounds a death was of, is no injury of its own': [
    // The death is the news: the wound before it is no injured mention of its own.
    {
      text: 'وأطلق الجنود النار على سائق عند مدخل القرية، ما أدى إلى إصابته بجروح بالغة، قبل أن يعلن الأطباء عن وفاته مساء',
      expect: [{ kind: 'killed', count: { value: 1 }, contains: 'وفاته' }],
    },
    { text: 'وأصيب أحد المزارعين بشظية في صدره فأدى لاستشهاده', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Someone else's wound, or a death of another size, stays an injury.
    { text: 'قتل راع في القصف وأصيب ابن عمه بجروح خطيرة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }] },
    {
      text: 'أصيب ثلاثة عمال بجروح في الانفجار، ما أدى إلى مقتل أحدهم لاحقا',
      expect: [{ kind: 'injured', count: { value: 3 } }, { kind: 'killed', count: { value: 1 } }],
    },
    // The wounds a death was of, told by a relative clause or an asyndetic one after «متأثراً ب…».
    { text: 'توفي شقيقان من المخيم متأثرين بجراحهما البليغة التي أصيبا بها في القصف الأسبوع الماضي', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وارتقى شهيد جديد متأثرا بجراح أصيب بها خلال الاقتحام', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «إصابته» after «إثر» with an attack in «ب» is the verbal noun of the wound that killed, not «أصابته» (she hit him).
    { text: 'وتوفي رجل مسن في البلدة مساء أمس إثر إصابته بقصف صاروخي قبل أيام', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // After a comma or «و» it is a new injury.
    { text: 'استشهد فتى متأثرا بجروحه، وأصيب أربعة آخرون في المواجهات', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 4 } }] },
  ],
  'targets16 3 · the one person said wounded after a death of wounds is the one who died': [
    {
      text: 'أعلنت المصادر الطبية استشهاد فتى متأثرا بإصابته برصاص الجنود. وقالت المصادر إن الفتى أصيب بعيار ناري في صدره قرب الحاجز',
      expect: [{ kind: 'killed', count: { value: 1 } }],
    },
    // Not after a death of another kind of telling, nor a counted group.
    {
      text: 'قتل شاب في القصف على البلدة. وقالت المصادر إن الطفل أصيب بشظية في ساقه',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 1 } }],
    },
    {
      text: 'استشهد شاب متأثرا بجروحه صباح اليوم. وأصيب ثلاثة شبان آخرين في المواجهات',
      expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 3 } }],
    },
  ],
  'sub-group lists after the dead: their members': [
    // A «بينهم» list of the sides' figures: each its side's fighters or soldiers, one toll (no second mention).
    {
      text: 'قتل 15 شخصا، بينهم 6 من تنظيم داعش و9 من القوات الحكومية، في اشتباكات بالبادية',
      expect: [{ kind: 'killed', count: { value: 15 }, actors: [], includes: [{ victims: 'fighters', count: { value: 6 } }, { victims: 'soldiers', count: { value: 9 } }] }],
    },
    // A bare figure «من» a side heads the list; a member of no class beside one of a class makes them people.
    { text: 'وأكد مصدر أمني أن بين القتلى أربعة من الحراس وطفلا', expect: [{ kind: 'killed', contains: 'وطفلا', count: { value: 5 }, victims: 'people' }] },
    { text: 'وقال الضابط إن بين الجرحى اثنين من البلدية', expect: [{ kind: 'injured', contains: 'اثنين', count: { value: 2 } }] },
    // A member described by words no lexicon reads is still followed by the next.
    { text: 'وأفاد المستشفى أن من بين الضحايا رجلا مجهول الهوية وأربعة أطفال', expect: [{ kind: 'killed', contains: 'وأربعة', count: { value: 5 }, victims: 'people' }] },
    // Personal names after the dead, one person each: bare, after a title in construct with what it heads, or past the
    // class of the dead and what killed them (the class is theirs).
    { text: 'وأضاف أن من بين القتلى سليم الحداد من سكان الحي', expect: [{ kind: 'killed', contains: 'سليم الحداد', count: { value: 1 }, victims: 'people' }] },
    { text: 'وكان من بين الجرحى مالك المخبز ياسين عبد الكريم، الذي نقل إلى المستشفى', expect: [{ kind: 'injured', contains: 'ياسين عبد الكريم', count: { value: 1 }, victims: 'people' }] },
    // «صاحب» is a victim noun of its own: the group is read from it, one person, and the name is not reached.
    { text: 'وكان من بين الجرحى صاحب المخبز ياسين عبد الكريم، الذي نقل إلى المستشفى', expect: [{ kind: 'injured', contains: 'صاحب', count: { value: 1 }, victims: 'people' }] },
    { text: 'وكان من بين الجرحى سائق الحافلة ياسين عبد الكريم', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'ومن بين الضحايا المدنيين في القصف نادر سمير خليل', expect: [{ kind: 'killed', contains: 'نادر', count: { value: 1 }, victims: 'civilians' }] },
    // A plural verb after the dead opens no name.
    { text: 'وقال المستشفى إن من بين الجرحى غادروا بعد العلاج', expect: [] },
    // An uncounted list of women and children among the dead tells the toll's sub-groups, no statement of its own.
    {
      text: 'أصيب 30 شخصا في القصف على السوق. وأضاف المسعفون أن من بين المصابين نساء وأطفالا',
      expect: [{ kind: 'injured', count: { value: 30 }, includes: [{ victims: 'women', count: { vague: 'some' } }, { victims: 'children', count: { vague: 'some' } }] }],
    },
    // Counted, they are sub-groups of the toll told before; with no toll of their kind before, or a verb of their own,
    // a statement.
    { text: 'أصيب 30 شخصا في القصف. ومن بين المصابين ثلاث نساء', expect: [{ kind: 'injured', count: { value: 30 }, includes: [{ victims: 'women', count: { value: 3 } }] }] },
    { text: 'وقال المصدر إن من بين المصابين ثلاث نساء', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'women' }] },
    { text: 'قتل 12 شخصا في الغارات. ومن بين القتلى خمسة مدنيين قتلوا في السوق', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
  ],
  'a toll told part by part': [
    // A verb of including after the toll: each counted group is a mention of the toll's kind, not one sum.
    {
      text: 'وقالت الشبكة إن عدد الجرحى شمل 40 طفلا و25 امرأة من سكان المخيم',
      expect: [{ kind: 'injured', count: { value: 40 }, victims: 'children' }, { kind: 'injured', count: { value: 25 }, victims: 'women' }],
    },
    // «على الشكل التالي» and a colon after a bare «الحصيلة»: the kind of the mention before; a figure of a side is a part;
    // a part with a casualty word of its own is read by its own rule.
    {
      text: 'وارتفع عدد القتلى إلى 90 قتيلا. ووزعت اللجنة الحصيلة على النحو التالي: 50 من أهالي البلدة، و30 من عناصر الحماية، و10 أشخاص أعدموا رميا بالرصاص',
      expect: [
        { kind: 'killed', count: { value: 90 } },
        { kind: 'killed', contains: '50', count: { value: 50 } },
        { kind: 'killed', contains: '30', count: { value: 30 } },
        { kind: 'executed', count: { value: 10 } },
      ],
    },
  ],
  'a bare figure before a clause of when, where or why, or a time word': [
    // The figure ends where a subordinate clause or a time of day begins: it counts people, not what follows.
    { text: 'قتل 4 وأصيب 19 عندما اقتحم مسلحون حفل زفاف في القرية', expect: [{ kind: 'killed', count: { value: 4 } }, { kind: 'injured', count: { value: 19 } }] },
    { text: 'وجرح 7 حين سقطت قذيفة على سوق الخضار', expect: [{ kind: 'injured', count: { value: 7 } }] },
    { text: 'وأصيب 12 حيث نقلوا إلى مستشفى المدينة', expect: [{ kind: 'injured', count: { value: 12 } }] },
    { text: 'وقتل 3 الخميس في اشتباكات بين عشيرتين', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وأصيب 9 صباحاً بانفجار عبوة ناسفة', expect: [{ kind: 'injured', count: { value: 9 } }] },
    // Cases counted by a figure with no value: the verbal noun after «حالات» is singular by form.
    { text: 'ووثقت المنظمة عشرات حالات الاعتقال التعسفي في المدينة', expect: [{ kind: 'detained', count: { vague: 'tens', min: 10 } }] },
    // «تحت» (under) opens what befell them: rubble, torture, fire.
    { text: 'وتوفي 4 تحت التعذيب في سجون الأمن خلال الشهر الماضي', expect: [{ kind: 'killed', count: { value: 4 } }] },
  ],
  'a verbal noun\'s object after «لـ», and cases counted by a verbal noun': [
    // Monitoring reports write the object of a verbal noun with «لـ», past its adjectives.
    { text: 'ووثقت المنظمة إعداماً ميدانياً لـ 14 مدنياً في ريف المحافظة', expect: [{ kind: 'executed', count: { value: 14 }, victims: 'civilians' }] },
    { text: 'وسجل التقرير اعتقالاً تعسفياً لـ 27 شخصاً بينهم طفلان', expect: [{ kind: 'detained', count: { value: 27 }, victims: 'people' }] },
    { text: 'وتحدث الأهالي عن عمليات إعدام جماعي لـ 11 شاباً', expect: [{ kind: 'executed', count: { value: 11 } }] },
    // «حالة» + a verbal noun counts its cases, also one spelt as its verb («قتل»).
    { text: 'ورصد فريق التوثيق 19 حالة قتل خارج نطاق القانون خلال الشهر', expect: [{ kind: 'killed', count: { value: 19 } }] },
    // A word of cause after a casualty noun names no one: the figure of cases counts.
    { text: 'ووثقت الرابطة 23 حالة وفاة بسبب التعذيب في السجون', expect: [{ kind: 'killed', count: { value: 23 } }] },
  ],
  'a bare mother or father before relatives with a pronoun is a victim': [
    // After a verbal noun and a verb, with the children told by a definite figure or counted «من» them.
    { text: 'وأعلنت مصادر طبية استشهاد أم وأبنائها الثلاثة في غارة على منزلهم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    { text: 'وأسفر القصف عن مقتل أم وستة من أطفالها داخل خيمتهم', expect: [{ kind: 'killed', count: { value: 7 }, victims: 'people' }] },
    { text: 'وأسفر القصف عن مقتل أم و3 من أطفالها داخل خيمتهم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    { text: 'قتل أب وبناته الأربع بقذيفة سقطت على المنزل', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    // With «مع» and an uncounted plural: the parent at least.
    { text: 'وأفادت المصادر باستشهاد أم مع أطفالها في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Not: «أم» is «or» before anything else, «أب» a month.
    { text: 'ولا يعرف الأهالي هل قتلوا أم اعتقلوا', expect: [] },
  ],
  'the back-off: a casualty word beside a counted group that no reading took': [
    // A sub-group with its own verb after the object of a verb that is not a casualty word («نعى»، «شيّع»، «نشر صور»).
    { text: 'نعت صفحات محلية مدنيين بينهم خمسة أطفال قتلوا بقصف مدفعي على البلدة', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'children', cause: 'shelling' }] },
    { text: 'وشيّع الأهالي شبانا بينهم ثلاثة أشقاء قتلوا برصاص قناص', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'ونشرت الصفحة صور رجال بينهم 6 أطفال قضوا في الغارة', expect: [{ kind: 'killed', count: { value: 6 }, victims: 'children' }] },
    // A sub-group of a toll with a verb of another kind is a mention of that kind.
    {
      text: 'وسقط في المواجهات 60 قتيلا من الطرفين، بينهم 4 مدنيين أعدموا ميدانيا',
      expect: [{ kind: 'killed', count: { value: 60 } }, { kind: 'executed', count: { value: 4 }, victims: 'civilians' }],
    },
  ],
  'arrival at a hospital brings the uncounted casualty noun it names': [
    // The noun of arriving before the noun, as «سقوط»: a dual, a singular, an uncounted plural of injuries.
    { text: 'وأعلن المستشفى الحكومي في المدينة وصول قتيلين برصاص القناصة إلى قسم الطوارئ', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأفادت مصادر طبية بوصول إصابات حرجة إلى مجمع ناصر الطبي بعد القصف', expect: [{ kind: 'injured', count: { vague: 'some' } }] },
    { text: 'وأكدت الوزارة وصول شهيد إلى المستشفى الميداني مساء اليوم', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // A body in construct with its dead: the one body.
    { text: 'وأفاد الهلال الأحمر بوصول جثة قتيل إلى مشفى البلدة', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'جثة قتيل' }] },
    // The verb of arriving after the noun, its subject.
    { text: 'وقالت الوزارة إن جريحين وصلا إلى مستشفى المدينة بعد إطلاق النار عليهما', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // Not: those already told, definite; a toll reaching a figure is read as a toll.
    { text: 'ومنعت القوات وصول المصابين إلى المستشفى', expect: [] },
    { text: 'وقال إن عدد قتلى الهجوم وصل إلى 14 شخصا', expect: [{ kind: 'killed', count: { value: 14 } }] },
  ],
  'a titled subject told after «أن» with its description before the verb': [
    // «أما» (as for) puts the subject first, as «أن» does.
    { text: 'وأصيب رجلان بجروح طفيفة، أما الطفلة ريم فأصيبت بشظايا في رأسها', expect: [{ kind: 'injured', count: { value: 2 } }, { kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'أما الشاب الآخر أصيب بكسور في قدمه', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    // The name in quotes, then a comma before the verb.
    { text: 'وأوضحت المصادر أن الشاب "سامر خليل العلي"، توفي صباح اليوم في المستشفى', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // The age after the name: «البالغ» is an adult too, but here it describes the person named before it.
    { text: 'وذكر مصدر طبي أن الطفل أحمد سعيد البالغ من العمر 9 أعوام أصيب بشظايا في ساقه', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    // A kunya in brackets and an office between commas.
    { text: 'وأكدت مصادر عسكرية أن العقيد ناصر حمود (أبو علي)، رئيس عمليات اللواء، قتل في المواجهات', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }] },
    // A long name in quotes is one step back, past the age the group took in with it.
    { text: 'وقال مصدر محلي إن المواطن "عادل سعيد ناجي الحمدي" البالغ من العمر 41 عاما، قتل في القصف', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians' }] },
  ],
  'a death sentence carried out on convicts; inmates who died': [
    // Convicts («مدانين») are the people a sentence is carried out on.
    { text: 'وقال مصدر في السجن إن فريقا من الوزارة نفذ فجر اليوم حكم الإعدام بحق 7 مدانين', expect: [{ kind: 'executed', count: { value: 7 }, victims: 'people' }] },
    // «في حق» is «بحق» written apart.
    { text: 'وأجبر المسلحون الأهالي على حضور تنفيذ الإعدام في حق شابين متهمين بالتجسس', expect: [{ kind: 'executed', count: { value: 2 } }] },
    // The people joined to «بـ» with their figure, past the manner of execution.
    { text: 'ونفذ حكم الإعدام رميا بالرصاص صباح الأحد بأربعة رجال في الساحة العامة', expect: [{ kind: 'executed', count: { value: 4 }, victims: 'people' }] },
    { text: 'ونفذت المحكمة حكم الإعدام صباح الأحد بـ 6 مدانين في ساحة السجن', expect: [{ kind: 'executed', count: { value: 6 } }] },
    // A prison's inmates are people.
    { text: 'وأعلنت إدارة السجن وفاة خمسة نزلاء خلال الأسبوع الماضي', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
  ],
  'a dual object past its subject': [
    // «-ين» on a noun with a broken plural is two wherever it is the verb's object, not only right after the verb.
    { text: 'وأعدمت السلطات رجلين أدينا بالتهريب في سجن المدينة', expect: [{ kind: 'executed', count: { value: 2 }, victims: 'people' }] },
    { text: 'اعتقلت الشرطة المحلية شابين قرب السوق المركزي', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    { text: 'قتلت الجماعة المسلحة شخصين على الطريق الدولي', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // A participle or nisba takes the sound plural: its «-ين» is a group of some size.
    { text: 'قتلت الجماعة المسلحة مدنيين على الطريق الدولي', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
  ],
  'an adverb of manner between the verb or its subject and the object': [
    // «ميدانياً»، «عمداً»، «تعسفياً»، «مجدداً» stand where an adverb of earlier time does, before the object.
    { text: 'وأعدمت الميليشيا ميدانياً رجلاً من أبناء القرية', expect: [{ kind: 'executed', count: { value: 1 } }] },
    { text: 'أعدم مسلحو الفصيل ميدانيا شقيقين عند أطراف البلدة', expect: [{ kind: 'executed', count: { value: 2 } }] },
    { text: 'وقتلت الدورية عمداً فتى كان يرعى الأغنام', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'واعتقلت قوات الاحتلال مجدداً الأسير المحرر رامي صبح من بلدته', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'واعتقلت السلطات تعسفياً صحفياً في العاصمة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'journalists' }] },
  ],
  'an indefinite feminine object past a definite subject': [
    // A feminine singular in «ة» shows no accusative alif; past a definite subject it is the object all the same.
    { text: 'واعتقلت الشرطة سيدة في الخمسين من عمرها عند الحاجز', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'women' }] },
    { text: 'قتلت الجماعة المسلحة طفلة خلال الهجوم على القرية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'واحتجزت السلطات ناشطة حقوقية لعدة أيام', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // A country's nisba in «ة» after a noun is its adjective, no victim.
    { text: 'نعى الأهالي عناصر من الفصيل قضوا بغارات أمريكية', expect: [] },
  ],
  'unnamed attackers as the subject': [
    // Attackers or masked gunmen of no name are the agent before the object, never the victims.
    { text: 'وقتل مهاجمون مجهولون حارساً أمام مقر البلدية', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'اختطف مسلحون ملثمون مهندسين اثنين من موقع العمل', expect: [{ kind: 'detained', count: { value: 2 } }] },
  ],
  'a sound plural in «ون» right after the verb is its subject': [
    // «ون» is the nominative: with an object after it, the plural is who did it and the object the victims.
    { text: 'وأصاب مستوطنون راعياً بالحجارة قرب القرية', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'قتل مستوطنون طفلاً على الطريق الالتفافي', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // With no object the plural is the subject of a passive: the victims.
    { text: 'قتل مستوطنون في هجوم على الحافلة', expect: [{ kind: 'killed', count: { vague: 'some' } }] },
  ],
  'a definite feminine participle is one person': [
    // With the article a final «ة» is the feminine ending, never «his»: «الأسيرة» is one woman.
    { text: 'واعتقلت قوات الاحتلال الأسيرة المحررة هدى سلامة من منزلها', expect: [{ kind: 'detained', count: { value: 1 } }] },
    { text: 'وأعاد الجيش اعتقال الأسيرة المحررة من بلدة عرابة', expect: [{ kind: 'detained', count: { value: 1 } }] },
  ],
  'a defective verb with its object pronoun («أرداه قتيلاً»)': [
    // «أردى» (shot dead) ends in ى, which turns to ا before a pronoun or gives way to the subject's ending.
    { text: 'وأطلق مسلح النار على سائق الحافلة في السوق، وأرداه قتيلاً', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'وأطلق عناصر الحاجز النار على سيارة تقل أربعة شبان فأردوهم قتلى', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
    // Two shooters: «أردياه»; the present «يرديه».
    { text: 'وأطلق ملثمان النار على التاجر أمام متجره فأردياه قتيلاً', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'فأردياه' }] },
    { text: 'وصوب القناص بندقيته نحو الفتى فيرديه قتيلاً على الفور', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'فيرديه' }] },
    // Right after an indefinite person, with no «و/ف», the verb tells what befell him (a clause with no «الذي»).
    { text: 'وأطلق مسلح مجهول النار على مزارع أرداه قتيلاً في حقله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'civilians', contains: 'مزارع أرداه' }] },
    // After «إن/أن» the person is the verb's subject, and «أردتاه» has two women for its subject.
    { text: 'وقال شهود إن مسلحاً أرداه بثلاث رصاصات قرب منزله', expect: [] },
    { text: 'وأطلقت امرأتان النار على الحارس فأردتاه قتيلاً', expect: [{ kind: 'killed', count: { value: 1 }, contains: 'فأردتاه' }] },
  ],
  'a sound plural in construct, its «ي» before the genitive': [
    // «موظفي/صيادي/متطوعي» are «موظفين/صيادين/متطوعين» before what they are of: a plural, not one.
    { text: 'وأعلنت المنظمة مقتل موظفي الإغاثة في الغارة على مخزنها', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'people' }] },
    { text: 'وقال مسؤول محلي إن صيادي أسماك قتلوا في انفجار لغم قرب البحيرة', expect: [{ kind: 'killed', count: { vague: 'some' }, victims: 'civilians' }] },
    // A nisba ends in «ي» as a singular: «مدني» is one civilian.
    { text: 'وأصيب مدني بشظايا قذيفة في الحي', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'civilians' }] },
    // A defective participle's «ي» is its singular: «محامي» is one lawyer.
    { text: 'وأدانت النقابة اعتقال محامي المعتقلين أمس', expect: [{ kind: 'detained', count: { value: 1 } }] },
  ],
  'a person told before a relative pronoun of one or two, wherever he stands': [
    // Funerals and obituaries name the dead as an object, then say what befell them in a relative clause.
    { text: 'وشيّع أهالي القرية جنازة الشاب مازن العلي الذي استشهد مساء أمس برصاص قناص', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'الذي استشهد' }] },
    { text: 'وشارك المئات في تشييع الفتى يوسف حمدان (15 عاماً)، والذي قتل قرب الحاجز', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'ونعت الإذاعة مراسلها الذي قضى في الغارة على الحي', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'journalists' }] },
    { text: 'وزار الوفد الطفلتين اللتين أصيبتا في القصف على المخيم', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'children' }] },
    // A verb with its object after it: the person before the pronoun is the agent.
    { text: 'وأصيب المسلح الذي قتل الحارس برصاص الشرطة', expect: [{ kind: 'injured', count: { value: 1 }, contains: 'المسلح' }, { kind: 'killed', count: { value: 1 }, contains: 'الحارس' }] },
  ],
  'an office named by what it heads, and kin in a construct chain, as the object of a casualty word': [
    // An office with no name after it is one person where a casualty word, or its verb and subject, comes right before.
    { text: 'وأعلنت الحركة مسؤوليتها عن اغتيال مدير ناحية الريف الشرقي أمس', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقالت المصادر إن مسلحين ملثمين قتلوا بالرصاص رئيس المجلس المحلي قرب منزله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'رئيس المجلس المحلي' }] },
    { text: 'واعتقلت عناصر الشرطة رئيس الهيئة الطبية في المدينة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people', contains: 'رئيس الهيئة' }] },
    // «عميد» in construct is a dean or a mayor, an office, where a brigadier takes the article.
    { text: 'وخطفت مجموعة مسلحة عميد كلية الهندسة من أمام الجامعة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    // Kin in construct with a title and what it heads: one person, and the gunmen before it are the agents.
    { text: 'وخطف مسلحون مجهولون ابن قائد الشرطة العسكرية في المدينة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقتل مسلحون شقيق رئيس البلدية عند مدخل القرية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // Elsewhere an office heads a sentence of its own and names no one hurt.
    { text: 'وقال رئيس المجلس المحلي إن القصف قتل ثلاثة مدنيين', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
    // «الشيخ» before a personal name titles one person; alone it heads a sentence of its own.
    { text: 'وأسفرت الغارة عن استشهاد الشيخ نزار العلي إمام مسجد البلدة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقال الشيخ نزار العلي إن الغارة أدت إلى مقتل طفلين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }] },
  ],
  'a past period between a verb and its object, and attackers of no name before a verb with an object': [
    // «الليلة الماضية»، «الأسبوع الماضي»: a time word or a period with «past» after it is stepped over as «أمس» is.
    { text: 'وقالت مصادر محلية إن الجنود اعتقلوا الليلة الماضية، 17 شابا من القرية', expect: [{ kind: 'detained', count: { value: 17 }, victims: 'people' }] },
    { text: 'وأعدمت الجماعة الشهر المنصرم أربعة رجال في ساحة عامة', expect: [{ kind: 'executed', count: { value: 4 }, victims: 'people' }] },
    // Time words joined by «و» are one time: «الليلة الماضية وفجر اليوم»، «أمس واليوم».
    { text: 'وأدانت الهيئة اعتقال قوات الأمن الليلة الماضية وفجر اليوم 23 شابا من المدينة', expect: [{ kind: 'detained', count: { value: 23 }, victims: 'people' }] },
    // Gunmen of no name before a verb with an object after it are the agents, never its victims.
    { text: 'وأفاد شهود بأن مسلحين مجهولين اختطفوا ظهر الأحد سالم الورفلي من أمام منزله', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people', contains: 'سالم الورفلي' }] },
    // With no object after the verb they may be its victims.
    { text: 'وقال المصدر إن مسلحين مجهولين قتلوا في الاشتباك مع الدورية', expect: [{ kind: 'killed', victims: 'fighters' }] },
    // Time words between the subject and an office in construct: the office is still the object.
    { text: 'واغتال مسلحون، فجر اليوم، مدير مدرسة القرية أمام منزله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'a dual of no figure before «من» and its side, then a dual verb': [
    { text: 'وقالت مصادر إن طفلتين من سكان الحي أصيبتا بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'وذكر ناشطون أن شابين من أبناء قرية الهول اعتقلا عند الحاجز', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
  ],
  'a passive verb and the names right after it, a name in quotes, a bound written joined': [
    // «قتل» and «جرح» (passive) name their victims right after them, as «أصيب» does; a name in quotes may be one word.
    { text: 'وقتل حسام يوسف برصاص قناص قرب الجسر', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'فيما جرح سامي عبدالله الحمد، وفادي محمد يوسف بشظايا القذيفة', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'people' }] },
    { text: 'وأصيب "نادر" بشظايا في ساقه', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    // After «كان/زال» the word is the noun: a wound, no one wounded.
    { text: 'وما زال جرح المدينة مفتوحا بعد عامين', expect: [] },
    { text: 'وكان جرح سامر بسيطا', expect: [] },
    // «لايقل» written joined is the same bound as «لا يقل».
    { text: 'وقتل ما لايقل عن سبعة أشخاص في الانفجار', expect: [{ kind: 'killed', count: { min: 7 }, victims: 'people' }] },
    { text: 'وأسفر الانفجار عن مقتل ما لايقل عن تسعة مدنيين', expect: [{ kind: 'killed', count: { min: 9 }, victims: 'civilians' }] },
    // So is «ما» run into its verb: «مايزيد على»، «مايقارب»، «مالا يقل عن».
    { text: 'وأفادت حصيلة أولية بمصرع وإصابة مايزيد على 40 شخصا في الانفجار', expect: [{ kind: 'killed', count: { min: 40 } }, { kind: 'injured', count: { min: 40 } }] },
    { text: 'وقتل مايقارب 200 مدني خلال الشهر', expect: [{ kind: 'killed', count: { value: 200, approximate: true }, victims: 'civilians' }] },
    // After «أصيب» a name with a definite surname is a person where a weapon or wounds follow it.
    { text: 'فيما أصيب عمار الحسن برصاص قناص في الحي', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'وأصيب مدافع الفريق خلال المباراة', expect: [] },
  ],
  'a personal name after «أن», its surname definite or a description after it, then the verb': [
    { text: 'وأفادت الشبكة أن سامر الخطيب توفي تحت التعذيب في السجن', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وذكر المرصد أن خالد العمر، وهو مدرس من أبناء البلدة، قتل برصاص قناص', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people', contains: 'خالد العمر' }] },
    // A definite word that opens no name is a side: no person.
    { text: 'وقال إن الجيش قتل', expect: [] },
  ],
  'a person led away, told before, followed by a particle': [
    // «لم» after the person opens no name: the person is the one already told, no one new.
    { text: 'وخطف مسلحون الطبيب سامر العلي من عيادته، وقال شهود إن المسلحين الذين اقتادوا الطبيب لم يعلنوا عن هويتهم', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'medical' }] },
  ],
  'a verb of the first person plural, told in a quote': [
    // «قتلنا»، «اعتقلنا»: the speakers did it; the object after the verb is the victims, the ending alone counts none.
    { text: 'وقال قائد الكتيبة: قتلنا 12 مسلحا في الكمين', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'fighters' }] },
    { text: 'وقال الضابط في تصريح: اعتقلنا الليلة الماضية ستة مطلوبين', expect: [{ kind: 'detained', count: { value: 6 } }] },
    { text: 'وقال الضابط: لقد اعتقلنا', expect: [] },
  ],
  'bodies pulled out past a long subject and a comma': [
    { text: 'وانتشلت فرق الدفاع المدني في ريف المدينة الجنوبي، ثلاث جثث مجهولة الهوية', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وعثر الأهالي، صباح أمس، على جثة في بستان قرب القرية', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'انتشل متطوعو الهلال الأحمر فرع المدينة، جثتين متفحمتين من تحت الركام', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'how grave an injury is, and the injured after it': [
    // «بالغة» right after an injury is its gravity, no adult woman: the injured, if any, follow after «ل».
    { text: 'وأسفرت الغارة عن إصابة بالغة لفتى في الخامسة عشرة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'وأدى انفجار اللغم إلى إصابة خطيرة لـ 4 رعاة', expect: [{ kind: 'injured', count: { value: 4 } }] },
    // Told as the gravity of an injury already told, it is no one new.
    { text: 'وأصابت الرصاصة امرأة كانت ترعى الأغنام في الوادي إصابة بالغة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'women' }] },
    // Joined to victims, «بالغة» is an adult woman after all.
    { text: 'وأسفر القصف عن إصابة بالغة وطفلين', expect: [{ kind: 'injured', count: { value: 3 } }] },
  ],
  'a mention and its company after «مع»': [
    // Counted others, a dual with «آخرين», one person of no article, or a noun whose pronoun points back: more of them.
    { text: 'وأكدت العائلة أنه تم اعتقاله مع أربعة آخرين من أبناء الحي', expect: [{ kind: 'detained', count: { value: 5 }, victims: 'people' }] },
    { text: 'وقالت الشبكة إن رجلا في الستين من عمره قتل مع حفيده في القصف', expect: [{ kind: 'killed', count: { value: 2 } }] },
    { text: 'وأفاد المصدر بأنه جرى اختطافهما مع شابين آخرين على الطريق', expect: [{ kind: 'detained', count: { value: 4 }, victims: 'people' }] },
    { text: 'وقالت الوزارة إن سيدة في الخمسين من عمرها أصيبت مع طفلتها', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // A company of no size, or of a definite noun, adds nothing: «مع مسلحين» are whom they fought.
    { text: 'وقتل ثلاثة جنود مع مسلحين في اشتباكات على الحدود', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'soldiers' }] },
    { text: 'واعتقل الشاب مع سيارته عند مدخل المدينة', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // Soldiers «with» gunmen are the two sides of a fight; an approximate size stays approximate; what the company's
    // noun heads is its span.
    { text: 'وقتل 5 جنود مع 20 مسلحا في الاشتباكات', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    { text: 'وقتل حوالي 20 جنديا مع ضابط برتبة نقيب', expect: [{ kind: 'killed', count: { value: 21, approximate: true } }] },
    { text: 'واعتقلت الدورية ثلاثة شبان مع قائد المجموعة', expect: [{ kind: 'detained', count: { value: 4 }, contains: 'قائد المجموعة' }] },
    // «ولديه» after a person is «and he has», no kin of his.
    { text: 'وقتل الشاب أحمد العلي وهو متزوج ولديه ثلاثة أطفال', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Kin of his joined to the company by «و» are company too; «ولده» (his son) and «طفليه» (his two children) are kin.
    { text: 'وقصفت المسيرة السيارة ما أدى إلى مقتله مع ولده وابنته', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'people' }] },
    { text: 'وأسفرت الغارة عن استشهاده مع زوجته وطفليه', expect: [{ kind: 'killed', count: { value: 4 } }] },
  ],
  'the state an object is left in, and a numeral adjective after a casualty noun': [
    // «أرداه قتيلاً»: the casualty noun after the verb makes its pronoun a person, with no one named before, and tells
    // the result after «ل» too.
    { text: 'واقترب منه ملثم وأطلق عليه النار فأرداه قتيلا', expect: [{ kind: 'killed', count: { value: 1 } }] },
    { text: 'ثم أطلق جندي النار على الشاب ليرديه قتيلا في الحال', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «عليها النار»: a vehicle or a drone is fired at as often as a woman — no person.
    { text: 'ورصد الجنود سيارة مسرعة فأطلقوا عليها النار وأصابوها', expect: [] },
    // Guard: without the state, «ليقتله» is an aim.
    { text: 'وجاء المسلح إلى القرية ليقتله', expect: [] },
    // «قتيل على الأقل» (a headline), «بلغت الحصيلة شهيدين»: bounded, or the figure a toll reaches, the noun counts itself.
    { text: 'قتيلان على الأقل بغارة على سوق المدينة', expect: [{ kind: 'killed', count: { min: 2 } }] },
    { text: 'وقال المسعفون إن حصيلة الانفجار بلغت شهيدين', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // «قتيلاً واحداً»، «جريحين اثنين»: the numeral adjective that agrees with the noun counts it, with or without a list.
    { text: 'واستقبل مستشفى الجلاء قتيلا واحدا و9 جرحى', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 9 } }] },
    { text: 'كما استقبل المركز الطبي في البلدة جريحين اثنين', expect: [{ kind: 'injured', count: { value: 2 } }] },
    { text: 'وخلف القصف قتيلين اثنين وجريحا واحدا', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'injured', count: { value: 1 } }] },
    // Under a negation «قتيلاً واحداً» is not a single one.
    { text: 'ولم تسجل المستشفيات قتيلا واحدا في صفوف المحتجين', expect: [] },
  ],
  'a bound after the last of joined groups, and the held after a word of result': [
    // «على الأقل» after the last conjunct bounds the whole sum.
    { text: 'وقتلت امرأة وثلاثة أطفال على الأقل في القصف', expect: [{ kind: 'killed', count: { min: 4 }, victims: 'civilians' }] },
    // A record («سجل») or an arrival tells the dead or hurt; the held after one are no arrest — but a result verb with
    // «عن» tells the arrests it brought.
    { text: 'ولا يزال سجل معتقلات النظام حافلا بالانتهاكات', expect: [] },
    { text: 'وأسفرت الحملة عن معتقلين ومصابين', expect: [{ kind: 'detained' }, { kind: 'injured' }] },
  ],
  'the pronoun of «أن» before a verb of being subjected, and an office right after a definite subject': [
    // «أنهما تعرضا للخطف»: the pronoun of one or two on «أن» is the subject; «أنهم» goes back to a group already counted.
    { text: 'وتبين لاحقا أنهما تعرضا للخطف على الطريق الدولي', expect: [{ kind: 'detained', count: { value: 2 } }] },
    // «أنها» is as often a thing: a truck hijacked.
    { text: 'وقالت المنظمة إن شاحنة المساعدات فقدت، وأكدت أنها تعرضت للاختطاف قرب الحدود', expect: [] },
    // «أنه فقد ثلاثة أطفال»: with the pronoun on «أن» for its subject, «فقد» is active — he lost them.
    { text: 'وروى الأب أنه فقد ثلاثة أطفال في القصف', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    { text: 'وذكرت الأم أنها فقدت طفلين في الغارة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }] },
    // A definite subject takes no genitive: an office in construct after it is the object.
    { text: 'واختطفت العصابة مدير مستشفى البلدة', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'مستشفى البلدة' }] },
  ],
  'one life reaped, and the participle of «أودى»': [
    { text: 'قذيفة طائشة تحصد روح طفلة في الحي', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    { text: 'وقصفت المدفعية البلدة مودية بحياة ثلاثة مزارعين', expect: [{ kind: 'killed', count: { value: 3 } }] },
  ],
  'a headline whose figure ends its line': [
    // The figure ends the headline's line; the date line after it is no noun it counts.
    { text: 'ارتفاع حصيلة قتلى القصف على البلدة إلى 14\nتاريخ النشر: 2024/03/02', expect: [{ kind: 'killed', count: { value: 14 } }] },
  ],
  'the dead or wounded told by the tens': [
    // A definite casualty plural opening a clause with «بالعشرات/بالمئات» is a toll of that order (headlines).
    { text: 'قصف عنيف على أحياء المدينة.. والضحايا بالعشرات', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }] },
    { text: 'ويعالج الأطباء الجرحى بالعشرات', expect: [] },
    // Indefinite, before what caused them (a headline); not with nothing after.
    { text: 'قتلى بالعشرات جراء غارات على مخيم للنازحين\nوقالت مصادر طبية إن العدد مرشح للارتفاع', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }] },
    { text: 'ويصل الجرحى إلى المستشفى، ومصابين بالعشرات', expect: [] },
    // The dead and the wounded joined share the order.
    { text: 'غارات على السوق المركزي.. القتلى والجرحى بالعشرات', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }, { kind: 'injured', count: { min: 10, vague: 'tens' } }] },
  ],
  'quotation marks inside a long subject of an idiom': [
    // The marks round a place's and a person's names take no room of the reach from «لقي» to «مصرعه».
    { text: 'ولقي رئيس المجلس المحلي في بلدة “الحارة” شمالي المدينة “سامر يوسف العلي” مصرعه برصاص مجهولين', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'a singular person after a plural of armed men is the object': [
    // No singular adjective agrees with a plural of men: the definite singular person after them is the object.
    { text: 'واعتقل الجنود الشاب عند الحاجز', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'وقتل المسلحون الطفل أمام منزله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
  ],
  'people named among the held are part of the arrests told': [
    // Among the dead, the notable are news of their own; among the held, sub-groups of the arrests already told.
    { text: 'وأفادت الوزارة بأن من بين القتلى ثلاثة أطفال', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'children' }] },
    { text: 'وأكدت المصادر أن من بين المعتقلين ثلاثة أشقاء من عائلة واحدة', expect: [] },
    { text: 'وذكر الأهالي أن من بين المختطفين طبيبين', expect: [] },
  ],
  'who were in it, those of whom, and a verb that needs its object past time words': [
    // «من فيها»، «من عليها» (who were in or on it) after a casualty word: people, of no size given.
    { text: 'وقصفت مسيرة شاحنة على الطريق ما أدى إلى احتراقها ومقتل من عليها', expect: [{ kind: 'killed', count: null, victims: 'people' }] },
    { text: 'أسفر القصف عن تدمير المنزل ومقتل وإصابة من فيه', expect: [{ kind: 'killed', count: null, victims: 'people' }, { kind: 'injured', count: null, victims: 'people' }] },
    // A thing hit past a word of cause is no person: «خزان المياه» reads like a name and a surname, but only a weapon or
    // wounds right after it make it one.
    { text: 'وأصيب خزان المياه الرئيسي جراء القصف', expect: [] },
    // Guard: with no casualty word, those in it are no one hurt.
    { text: 'وقالت الأسرة إن من فيها بخير', expect: [] },
    // «ممن» (of those who) after a figure ends its group as «من» does.
    { text: 'وأسفرت الاشتباكات عن مقتل العشرات ممن كانوا يحاولون عبور النهر', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }] },
    // «أصاب» takes people only right past a short subject; time words and an actor's own words take none of that room.
    { text: 'وأصابت قوات الاحتلال مساء أمس الخميس طفلا بالرصاص المطاطي', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
  ],
  'a body in construct with an office, and names closed by a nickname': [
    // «جثة رئيس بلدية مدينة …»: the body word takes the office it is in construct with, through two indefinite words.
    { text: 'وأفادت مصادر بالعثور على جثة رئيس بلدية مدينة الحارة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // A preposition with its pronoun stands in no name: «وتظهر عليها» is no second person after the comma.
    { text: 'عثر مدنيون على جثة سامر أحمد الحلبي، وتظهر عليها آثار إطلاق نار', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    // «الملقب/المعروف ب…» after a name ends the name.
    { text: 'وقتل مسلحون مجهولون سامر أحمد الحلبي الملقب بأبو خالد الشامي، في البلدة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'the hurt received or carried': [
    // A singular or dual casualty participle after a verb of receiving or carrying (past its subject) counts itself.
    { text: 'واستقبل مستشفى البلدة قتيلا وجريحين بالرصاص', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 2 } }] },
    { text: 'وقالت الجمعية إن طواقمها نقلت مصابا بالرصاص الحي في الرأس', expect: [{ kind: 'injured', count: { value: 1 } }] },
  ],
  'what is joined after a toll: counted things, and others or kin of one person': [
    // «وعدداً من الطائرات المسيرة»: a count of no size ending in «من» counts the weapon or places after it.
    { text: 'وأوقعت وحدات الجيش عشرات القتلى في صفوف المسلحين، ودمرت آليات لهم وعدداً من الطائرات المسيرة', expect: [{ kind: 'killed', count: { min: 10, vague: 'tens' } }] },
    // Counted others, or counted kin of his, joined to one person are more of the same mention.
    { text: 'واعتقلت عناصر الاستخبارات سامر أحمد الحلبي واثنين آخرين', expect: [{ kind: 'detained', count: { value: 3 }, victims: 'people' }] },
    // One person of no figure and a counted group joined under one predicate: one toll, as reporters sum it.
    { text: 'أسفرت الغارة عن استشهاد مسؤول إغاثة كبير وأربعة أفراد من عائلته', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    // Guard: «والآلاف من حلب» are people from there.
    { text: 'واعتقل الجيش العشرات من العمال، والآلاف من حلب', expect: [{ kind: 'detained', count: { min: 10, vague: 'tens' } }, { kind: 'detained', count: { min: 1000, vague: 'thousands' } }] },
  ],
  'an execution told by a pronoun after a killing': [
    // «راح ضحيتها طفل، تم إعدامه»: the passive with a pronoun says how the one just told as killed died.
    { text: 'وقعت جريمة بشعة راح ضحيتها طفل صغير، تم إعدامه من طرف عصابة مسلحة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
  ],
  'a group joined after a toll, told among casualties of another kind': [
    // «و11 طفلاً من بين المصابين» is no more of the dead, but among the wounded.
    { text: 'وقال مدير المستشفى: هناك طفلان بين الشهداء و11 طفلا من بين المصابين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }, { kind: 'injured', count: { value: 11 }, victims: 'children' }] },
  ],
  'a death that raises a toll': [
    // «وباستشهاد فلان، يرتفع عدد …»: the death was told before; only the toll it raises is read.
    { text: 'واستشهد الشاب سامر برصاص الجنود. وباستشهاد الشاب سامر، يرتفع عدد شهداء اليوم إلى أربعة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 4 } }] },
  ],
  'the dead and wounded first told as evacuated': [
    // A word of evacuating before the definite dead or wounded, with none of their kind told before: a mention each.
    { text: 'وهرعت سيارات الإسعاف إلى موقع القصف لإجلاء الشهداء والجرحى', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    // Guard: after a toll of their kind they are the same people again.
    { text: 'وأصيب 5 أشخاص في القصف، وتم نقل الجرحى إلى المستشفى', expect: [{ kind: 'injured', count: { value: 5 } }] },
  ],
  'deaths of hunger under siege': [
    // After a word of cause, hunger, famine and malnutrition kill as the siege's weapon: the dead are counted.
    { text: 'وتوفي طفلان جراء سوء التغذية في البلدة المحاصرة', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children' }] },
    // Guard: a disease after a word of cause is still no casualty of violence.
    { text: 'وتوفي 3 أطفال جراء الكوليرا في المخيم', expect: [] },
  ],
  'names closed by a clause opener or a word of cause': [
    // «فيما/بينما» after a name opens the next clause: the name before it is a person.
    { text: 'وقتل سامر أحمد الحلبي فيما أصيب آخر بجروح', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'injured', count: { value: 1 } }] },
    // After «أصيب», a definite surname is a person's where a word opening a cause follows («جراء»، «إثر»).
    { text: 'وأصيب مأمون الخالدي جراء استهدافه بعبوة ناسفة', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'people' }] },
  ],
  'a part of a toll of its own kind': [
    // After «بينهم/من بينها», a figure of the same kind as the toll just told is how grave or where some of it was.
    { text: 'وقالت الوزارة إن 14 مواطنا أصيبوا بالرصاص الحي، من بينها ثلاث إصابات خطيرة', expect: [{ kind: 'injured', count: { value: 14 } }] },
    { text: 'وقتل 26 مدنيا في القصف، بينهم 12 قتيلا في البلدة', expect: [{ kind: 'killed', count: { value: 26 }, victims: 'civilians' }] },
    // Guard: of another kind, it is a toll of its own.
    { text: 'وأسفر القصف عن 20 إصابة بينهم 5 قتلى', expect: [{ kind: 'injured', count: { value: 20 } }, { kind: 'killed', count: { value: 5 } }] },
  ],
  'found killed, told by a pronoun': [
    // «عثر عليه مقتولاً»: the pronoun on «على» after a verb of finding is the dead, counted by the pronoun.
    { text: 'وتم اقتياد الرجل من منزله والعثور عليه مقتولا في منزل مهجور', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'وعثر الأهالي عليهما مقتولين قرب الطريق', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // Guard: found wounded is no death.
    { text: 'وعثر عليه مصابا بجروح في رأسه', expect: [] },
  ],
  'a brother in every case': [
    // «أخ» with a pronoun is written «أخوه» (nominative), «أخيه» (genitive), «أخاه» (accusative).
    { text: 'ما أدى إلى استشهاد أخيه وإصابة والده', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }, { kind: 'injured', count: { value: 1 }, victims: 'people' }] },
    { text: 'واعتقلت القوات أخاه عند الحاجز', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
  ],
  'the wounded who died': [
    // An indefinite participle of the wounded between a group and a verb or idiom of death is the group's adjective:
    // one dead, no one wounded besides.
    { text: 'وقالت المصادر إن امرأة مصابة توفيت متأثرة بجروحها في المستشفى', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'women' }] },
    { text: 'وأضاف أن طفلا جريحا فارق الحياة بعد ساعات', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'children' }] },
    // Guard: with no death after it, the participle still tells the wounded.
    { text: 'ونقل 4 أطفال مصابين إلى المستشفى', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'children' }] },
  ],
  'guards from the twenty-fifth review': [
    // A word of cause makes a surname a person's only before a pronoun as written: «عاصفة» ends in «ة», not «ه».
    { text: 'وأصيب خزان المياه جراء عاصفة ثلجية ضربت المنطقة', expect: [] },
    // «سوء» is hunger only before «التغذية».
    { text: 'وتوفي طفلان جراء سوء الأحوال الجوية في المخيم', expect: [] },
    // An execution after a killing of another count is its own.
    { text: 'قتل جنديان في هجوم على حاجز قرب البلدة. واعتقل المسلحون شاباً من البلدة، وتم إعدامه لاحقاً', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'detained', count: { value: 1 } }, { kind: 'executed', count: { value: 1 } }] },
    // A death before the toll it raises is news when no sentence before told it.
    { text: 'بمقتل جنديين، يرتفع عدد قتلى الجيش في البلدة إلى 40', expect: [{ kind: 'killed', count: { value: 2 } }, { kind: 'killed', count: { value: 40 } }] },
    // «الضحايا» may be the dead and the wounded: its part of the dead is told.
    { text: 'ارتفع عدد الضحايا إلى 40، بينهم 12 قتيلاً', expect: [{ kind: 'killed', count: { value: 40 } }, { kind: 'killed', count: { value: 12 } }] },
    // Found killed, after the killing was told: the same one.
    { text: 'قتل الشاب سامر الحلبي برصاص مجهولين، وعثر الأهالي عليه مقتولاً قرب منزله', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Past a nickname the list of names goes on.
    { text: 'واعتقلت قوات الأمن سامر أحمد الحلبي الملقب بأبو خالد، ومحمود علي الخطيب', expect: [{ kind: 'detained', count: { value: 2 }, victims: 'people' }] },
    // Treating the wounded is said of policy as often: no telling of them.
    { text: 'وتخصص الوزارة ثلاثة مستشفيات لعلاج الجرحى القادمين من مناطق النزاع', expect: [] },
  ],
  "place · an actor's base is not where its victims fell": [
    {
      text: 'استشهد مدنيان جراء اعتداء التنظيمات الإرهابية المنتشرة في ريف إدلب بالقذائف الصاروخية على مدينة السقيلبية',
      expect: [{ kind: 'killed', count: { value: 2 }, victims: 'civilians', location: 'مدينة السقيلبية' }],
    },
    { text: 'قتل 3 مدنيين بقصف لقوات النظام المتمركزة بريف حماة على قرية لطمين', expect: [{ kind: 'killed', count: { value: 3 }, location: 'قرية لطمين' }] },
    // Guard: where the stationed are the struck, their place is the casualties'.
    { text: 'قصفت المدفعية التركية مواقع قسد المتمركزة في ريف منبج، ما أدى إلى مقتل 4 من عناصرها', expect: [{ kind: 'killed', count: { value: 4 }, location: 'ريف منبج' }] },
    { text: 'قتل 3 جنود من قوات النظام المتمركزة في ريف حماة الشمالي بقصف للفصائل', expect: [{ kind: 'killed', count: { value: 3 }, location: 'ريف حماة' }] },
    // The positions fire came from are the attacker's.
    { text: 'قتل 4 مدنيين بقصف صاروخي مصدره مواقع قوات النظام في بلدة جورين على قرية الزيارة', expect: [{ kind: 'killed', count: { value: 4 }, location: 'قرية الزيارة' }] },
    { text: 'أصيب طفلان بقذائف أطلقتها الميليشيات من مواقعها في مدينة صوران على بلدة اللطامنة', expect: [{ kind: 'injured', count: { value: 2 }, location: 'بلدة اللطامنة' }] },
    // Guard: positions left, not fired from, are where the casualties fell.
    { text: 'قتل 12 عنصرا من قوات النظام أثناء انسحابهم من مواقعهم في بلدة كفرنبودة', expect: [{ kind: 'killed', count: { value: 12 }, location: 'بلدة كفرنبودة' }] },
  ],
  'place · the point a distance is measured from is the place only where the sentence names no other': [
    { text: 'استهدفت قوات النظام بالقذائف مدينة تلبيسة (13 كم شمال مدينة حمص)، ما أسفر عن مقتل طفلة', expect: [{ kind: 'killed', count: { value: 1 }, location: 'مدينة تلبيسة' }] },
    { text: 'قصفت قوات النظام مدينة تلبيسة الواقعة على بعد 13 كم شمال حمص، ما أدى إلى إصابة 3 مدنيين', expect: [{ kind: 'injured', count: { value: 3 }, location: 'مدينة تلبيسة' }] },
    // Guard: named alone, it is the nearest place the text gives.
    { text: 'قتل 4 جنود في هجوم على قاعدة عسكرية على بعد 27 كلم شمال مدينة حماة', expect: [{ kind: 'killed', count: { value: 4 }, location: 'مدينة حماة' }] },
    // Guard: not a place past another statement of the clause.
    { text: 'قتل جنديان في هجوم على حاجز يبعد 5 كم غرب مدينة تدمر، وقتل 3 آخرون في مدينة السخنة', expect: [{ kind: 'killed', count: { value: 2 }, location: 'مدينة تدمر' }, { kind: 'killed', count: { value: 3 }, location: 'مدينة السخنة' }] },
  ],
  'place · where the victims came or fled from is the place only where the sentence names no other': [
    { text: 'قتل 5 مدنيين نزحوا من مدينة حمص في قصف على مدينة أريحا', expect: [{ kind: 'killed', count: { value: 5 }, location: 'مدينة أريحا' }] },
    { text: 'قتل 4 أشخاص من عائلة نازحة من بلدة كفرنبل في غارة على حي الشعار', expect: [{ kind: 'killed', count: { value: 4 }, location: 'حي الشعار' }] },
    { text: 'قتل 3 مدنيين فارون من مدينة حمص بغارة على بلدة سرمدا', expect: [{ kind: 'killed', count: { value: 3 }, location: 'بلدة سرمدا' }] },
    // Guard: named alone, it is the only place the text gives.
    { text: 'قتل شاب من النازحين من مدينة تدمر برصاص مجهولين', expect: [{ kind: 'killed', count: { value: 1 }, location: 'مدينة تدمر' }] },
  ],
  'place · a dateline that tells a casualty on its line is its place where the sentence names no other': [
    { text: 'حصاد اليوم:\n• درعا – مقتل شابين بانفجار لغم أرضي.\n• إدلب – مقتل 3 مدنيين بقصف مدفعي.', expect: [{ kind: 'killed', count: { value: 2 }, location: 'درعا' }, { kind: 'killed', count: { value: 3 }, location: 'إدلب' }] },
    { text: 'إدلب – قتل 5 مدنيين بقصف على بلدة كفرنبل', expect: [{ kind: 'killed', count: { value: 5 }, location: 'بلدة كفرنبل' }] },
  ],
  'a list of places that goes on': [
    // «إلى جانب» adds a group to a toll as «فضلاً عن» does; placed apart, it is a toll of its own place.
    { text: 'وقتل 12 مواطنا في محافظة حماة، إلى جانب أربعة آخرين في حمص', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'killed', count: { value: 4 } }] },
    // «واحد» begins with و of its own: written «وواحد», it is joined.
    { text: 'وقتل 12 مواطنا في محافظة حماة، وواحد في ريف اللاذقية', expect: [{ kind: 'killed', count: { value: 12 } }, { kind: 'killed', count: { value: 1 } }] },
    // Guard: a bare «واحد» after a figure of time joins nothing.
    { text: 'وقتل 12 مواطنا في محافظة حماة بعد يوم واحد في ريف اللاذقية', expect: [{ kind: 'killed', count: { value: 12 } }] },
  ],
  'a body named again': [
    // «جثة شاب» then «جثة الشاب»: the definite noun names the same dead again.
    { text: 'عثر مدنيون على جثة شاب قرب الطريق. وأكدت المصادر أن هناك آثار إطلاق نار على جثة الشاب', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // Guard: with a name after it, quoted or not, it is someone new.
    { text: 'عثر مدنيون على جثة شاب قرب الطريق. وعثر الأهالي على جثة الشاب "محمد الرفاعي" قرب المدرسة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 } }] },
  ],
  'counted others told who they were': [
    // Counted others with who some of them were after them are more of the toll's people.
    { text: 'ما أدى إلى استشهاد ثلاثة مواطنين كانوا على متنها وسبعة آخرين بعضهم من المارة', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'killed', count: { value: 7 } }] },
    { text: 'قتل ثلاثة جنود في الهجوم وخمسة آخرين بينهم ضابط', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'killed', count: { value: 5 } }] },
    // Guard: with a predicate of their own they are no more of it.
    { text: 'قتل ثلاثة جنود في الهجوم وخمسة آخرون نجوا', expect: [{ kind: 'killed', count: { value: 3 } }] },
  ],
  'a common misspelling': [
    // «مدنين» for «مدنيين».
    { text: 'قتل خمس مدنين، بينهم امرأتان، في قصف مدفعي', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'civilians' }] },
  ],
  'groups of other classes under one predicate': [
    // Counted groups of other classes joined by «و» under one verb are one toll, its count their sum.
    { text: 'وقتل ثمانية من النازحين، وثلاثة من مواطني القرية', expect: [{ kind: 'killed', count: { value: 11 }, victims: 'people' }] },
    { text: 'وتسببت الغارات بسقوط 24 قتيلاً من العسكريين، وطفلين', expect: [{ kind: 'killed', count: { value: 26 }, victims: 'people' }] },
    // «وست»: «ست» is a word of three letters with its «و», a conjunction all the same.
    { text: 'وأسفر القصف عن مقتل ثلاثة رجال وست نساء', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'people' }] },
    // Guard: a group that names its own side is the other side's toll.
    { text: 'وأعلن الجيش مقتل سبعة من جنوده وثلاثة من مقاتلي حركة الشباب', expect: [{ kind: 'killed', count: { value: 7 } }, { kind: 'killed', count: { value: 3 } }] },
    // Guard: soldiers and fighters are two sides.
    { text: 'وقتل 5 جنود و3 مسلحين في الاشتباكات', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'killed', count: { value: 3 } }] },
  ],
  'captives who died, past an adjective': [
    // A counted group of captives with an adjective, before a plural verb of death, is the dead.
    { text: 'ووثقت الشبكة 109 معتقلين إضافيين لقوا حتفهم بسبب التعذيب', expect: [{ kind: 'killed', count: { value: 109 } }] },
    { text: 'ووثقت الشبكة 12 معتقلا إضافيا قتلوا تحت التعذيب', expect: [{ kind: 'killed', count: { value: 12 } }] },
  ],
  'a toll told who they are': [
    // «هم» after a toll's figure tells who its people are; the figure still ends the toll.
    { text: 'ويرتفع عدد القتلى في درعا منذ بدء الاتفاق إلى 57 هم 31 مدنيا و26 عسكريا', expect: [{ kind: 'killed', count: { value: 57 } }] },
  ],
  'left behind': [
    // A verb of leaving behind reports a result, as «خلّف» does.
    { text: 'هجوم لداعش على الحشد يترك قتلى وإصابات في ديالى', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    // Guard: the definite dead left where they lie were told already.
    { text: 'وتم الإعدام رميا بالرصاص قرب النهر وتركت الجثث في العراء', expect: [] },
  ],
  'a ministry tally': [
    // A colon may stand between a toll noun and its figure.
    { text: 'وأشارت الوزارة إلى أن إجمالي الشهداء: 416، وإجمالي الإصابات: 1,153', expect: [{ kind: 'killed', count: { value: 416 } }, { kind: 'injured', count: { value: 1153 } }] },
    // A one in digits counts a singular verbal noun.
    { text: 'ووصل إلى المستشفيات 3 شهداء و1 إصابة خلال 24 ساعة', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { value: 1 } }] },
  ],
  'a direct hit': [
    // Guard: where on a body a direct hit struck tells a wound.
    { text: 'وأطلق القناص النار على الطفل وأصابه مباشرة في الرأس', expect: [{ kind: 'injured', count: { value: 1 } }] },
  ],
  'the mourned by a pronoun': [
    // Every form of «نعى» with a pronoun mourns the dead already told.
    { text: 'واستشهدت المراسلة فرح عمر والمصور ربيع المعماري، وقد نعتهما القناة عبر منشور', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'the day before yesterday, and inside': [
    // «أول أمس» is a time between the finder and the body, no ordinal figure.
    { text: 'وعثر الأهالي أول أمس على جثة مهيدية صالح الحمد قرب منزلها', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «داخل» after a name with a definite surname tells where, as «في» does.
    { text: 'واستشهد محمود صالح الحمد داخل منزله', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'two sides before their verb': [
    // Fighters and soldiers joined before one verb, or inside «لقي … حتفهم», are two tolls side by side.
    { text: 'وقال المتحدث إن عشرة مسلحين وخمسة جنود قتلوا في المعركة', expect: [{ kind: 'killed', count: { value: 10 }, victims: 'fighters' }, { kind: 'killed', count: { value: 5 }, victims: 'soldiers' }] },
    // Two sides' groups before one verb, each naming its side: two tolls, the first past its bound.
    { text: 'وأفاد المرصد بأن 9 عناصر على الأقل من قوات الأمن و14 مسلحا من جبهة النصرة قتلوا في المواجهات', expect: [{ kind: 'killed', count: { min: 9 } }, { kind: 'killed', count: { value: 14 }, victims: 'fighters' }] },
    { text: 'وأضاف أن 12 عنصرا من قوات النظام، و20 مقاتلا من المعارضة قتلوا في المعارك', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'soldiers' }, { kind: 'killed', count: { value: 20 }, victims: 'fighters' }] },
    { text: 'وقال المصدر إن 8 من مقاتلي الحركة و3 من عناصر الشرطة لقوا حتفهم', expect: [{ kind: 'killed', count: { value: 8 } }, { kind: 'killed', count: { value: 3 } }] },
    // A figure after «منهم» is the subject of the verb after it: so many of them.
    { text: 'سبعة شهداء في المخيم منهم ثلاثة أعدموا ميدانيا', expect: [{ kind: 'killed', count: { value: 7 } }, { kind: 'executed', count: { value: 3 } }] },
    { text: 'ولقي خمسة مسلحين واثنان من أفراد الأمن حتفهم في الاشتباك', expect: [{ kind: 'killed', count: { value: 5 } }, { kind: 'killed', count: { value: 2 } }] },
    // Guard: groups of one side and the unarmed are one toll.
    { text: 'وقال إن عشرة مسلحين وخمسة مدنيين قتلوا في المعركة', expect: [{ kind: 'killed', count: { value: 15 } }] },
  ],
  'an office after the name': [
    // An office in construct with what it heads ends the name before it: one person, named.
    { text: 'وأفاد ناشطون بأن مجهولين اغتالوا مساء أمس خالد سليم العبود مختار قرية الشيخ سعد', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
    { text: 'واعتقلت قوات الأمن سامر حسن الخطيب عضو المجلس البلدي في المدينة', expect: [{ kind: 'detained', count: { value: 1 } }] },
    // Guard: an office that is a name too («أمير») ends a name only before a place.
    { text: 'واعتقلت قوات الأمن سامي خالد أمير الحسن وعمر علي الخطيب', expect: [{ kind: 'detained', count: { value: 2 } }] },
  ],
  'the end of a named object': [
    // A word of time or cause that stands in no name («عقب»), or an age with no brackets, ends the name.
    { text: 'واعتقلت قوات الاحتلال سامي فريد الأحمد عقب مداهمة منزله في البلدة', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
    { text: 'واعتقل الجيش ياسر محمود عوض 27 عاما من مخيم الجلزون', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
  ],
  'who some of them were, and a group documented': [
    // «منهم» after a comma tells who some of the toll were; it adds no one to it.
    { text: 'وقتل مدني وأصيب 7 آخرون، منهم طفل وامرأة، جراء القصف', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'injured', count: { value: 7 } }] },
    // A documented group with its sub-group before a plural verb is the verb's dead.
    { text: 'وبحسب التقرير، وثق 125 مدنياً بينهم 40 طفلاً قضوا خلال الشهر', expect: [{ kind: 'killed', count: { value: 125 }, victims: 'civilians' }] },
  ],
  'losses that reached a figure': [
    // The figure the losses in lives reached is their count: one toll, not the losses and a figure apart.
    { text: 'واشتبكت القوة مع المهاجمين وكبدتهم خسائر فادحة في الأرواح بلغت 45 قتيلا', expect: [{ kind: 'killed', count: { value: 45 }, contains: 'خسائر فادحة في الأرواح بلغت 45 قتيلا' }] },
  ],
  'one person and one of another class': [
    // One person of another class joined after one person, under the same predicate, is one more of the toll.
    { text: 'وأدى القصف إلى مقتل مواطن، ومسعف كان يحاول إنقاذه', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'people' }] },
    // So is one person joined after a comma to a group counted by a figure.
    { text: 'وأسفر الكمين عن مقتل 4 جنود، وطبيب كان يسعفهم', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'people' }] },
    // Guard: not across sides, nor means.
    { text: 'قتل 12 مسلحا من داعش، وجندي عراقي في الاشتباكات', expect: [{ kind: 'killed', count: { value: 12 }, victims: 'fighters' }] },
    { text: 'قتل جندي، و5 مسلحين في اشتباك على الحدود', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'soldiers' }, { kind: 'killed', count: { value: 5 }, victims: 'fighters' }] },
    { text: 'قتل شاب برصاص قناص، و3 أطفال بقذيفة هاون', expect: [{ kind: 'killed', count: { value: 1 }, cause: 'shooting' }, { kind: 'killed', count: { value: 3 }, cause: 'shelling' }] },
    // Comrades, in the plural, are company counted with the one.
    { text: 'وأكد المصدر أن القيادي لقي مصرعه مع اثنين من رفاقه في الغارة', expect: [{ kind: 'killed', count: { value: 3 } }] },
    { text: 'وأسفر الانفجار عن إصابة جندي، ومدني كان يمر بالمكان', expect: [{ kind: 'injured', count: { value: 2 } }] },
  ],
  'the dead identified': [
    // The dead identified or examined were counted before: no toll of their own.
    { text: 'قتل 12 شخصا في الهجوم على القرية، وتم التعرف على هوية ثمانية من القتلى', expect: [{ kind: 'killed', count: { value: 12 } }] },
    { text: 'وعثر على مقبرة جماعية في البلدة، وقالت الوزارة إنه جرى الكشف على 17 جثة حتى الآن', expect: [] },
    // Guard: «الكشف عن» discloses new dead.
    { text: 'وأعلنت الوزارة الكشف عن 12 قتيلا جديدا لم يبلغ عنهم سابقا', expect: [{ kind: 'killed', count: { value: 12 } }] },
  ],
  'one more by an ordinal': [
    // «…، ورابع في …»: an ordinal joined after a toll, told where or how, is one more of its people, a mention of its own.
    { text: 'وأصيب ثلاثة شبان برصاص الاحتلال في مخيم جنين، ورابع في بلدة قباطية', expect: [{ kind: 'injured', count: { value: 3 } }, { kind: 'injured', count: { value: 1 } }] },
    // After one person it is one more of his class.
    { text: 'قتل جندي في الهجوم، وثان في كمين', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'soldiers' }] },
    // Guard: «وثالث منهم» is one of those told.
    { text: 'وقتل ثلاثة أشخاص، وثالث منهم طفل', expect: [{ kind: 'killed', count: { value: 3 } }] },
  ],
  'subjected to a bullet': [
    // A bullet or shrapnel one is subjected to («تعرض لـ») wounds; being fired at may miss.
    { text: 'وتعرض طفل من سكان الحي لعيار ناري أطلقه قناص أثناء جلبه الماء', expect: [{ kind: 'injured', count: { value: 1 }, victims: 'children' }] },
    { text: 'وقال المصدر إن ثلاث نساء تعرضن لشظايا قذيفة سقطت قرب المخيم', expect: [{ kind: 'injured', count: { value: 3 }, victims: 'women' }] },
    // Burns, wounds and fractures one is subjected to are wounds too.
    { text: 'وتعرض رجل مسن لحروق في وجهه بعد اشتعال منزله جراء القذيفة', expect: [{ kind: 'injured', count: { value: 1 } }] },
    { text: 'وتعرضت طفلتان لكسور إثر انهيار الجدار عليهما بالقصف', expect: [{ kind: 'injured', count: { value: 2 } }] },
    // Guard: fire aimed at someone is no wound told, nor is a hit on a house a wound of its owner.
    { text: 'وتعرض شاب لإطلاق نار في المدينة دون أن يصاب', expect: [] },
    { text: 'وتعرض الصحفيون لرصاص القناصة أثناء تغطيتهم', expect: [] },
    { text: 'وتعرض منزل المواطن لشظايا القذيفة', expect: [] },
  ],
  'crucifixion and beheading': [
    // «صلب» and «فصل رأس/رؤوس» before the people are executions.
    { text: 'وأقدم مسلحو التنظيم على صلب ثلاثة شبان في ساحة البلدة', expect: [{ kind: 'executed', count: { value: 3 } }] },
    { text: 'وقام المسلحون بفصل رؤوس خمسة أسرى عن أجسادهم', expect: [{ kind: 'executed', count: { value: 5 } }] },
    { text: 'وقطعوا رأس الراعي أمام أهالي القرية', expect: [{ kind: 'executed', count: { value: 1 } }] },
    // Heads in the plural after the verb in either tense, and the victims in the heads' pronoun.
    { text: 'وقطعوا رؤوس ستة رعاة في البادية', expect: [{ kind: 'executed', count: { value: 6 } }] },
    { text: 'وبث التنظيم تسجيلا يظهر عناصره وهم يقطعون رؤوس ثلاثة جنود', expect: [{ kind: 'executed', count: { value: 3 }, victims: 'soldiers' }] },
    // «أسر» (captured; families) before is a verb of its own clause: no subject of the verb after «ثم».
    { text: 'وأسر المسلحون أربعة صيادين ثم قطعت رؤوسهم على الشاطئ', expect: [{ kind: 'detained', count: { value: 4 } }, { kind: 'executed', count: { value: 4 }, victims: 'civilians' }] },
    // A dual pronoun on the heads takes the class of the two before.
    { text: 'وخطف المسلحون جنديين وقطعوا رأسيهما بعد يومين', expect: [{ kind: 'detained', count: { value: 2 } }, { kind: 'executed', count: { value: 2 }, victims: 'soldiers' }] },
    { text: 'وأسر المسلحون أربعة صيادين وقطعت رؤوسهم على الشاطئ', expect: [{ kind: 'detained', count: { value: 4 } }, { kind: 'executed', count: { value: 4 }, victims: 'civilians' }] },
    // Guard: a figurative head is no one's.
    { text: 'وقال إن الحل هو قطع رأس الأفعى', expect: [] },
    // Guard: «في صلب» is the core of something.
    { text: 'وتأتي حماية المدنيين في صلب مهام البعثة الأممية', expect: [] },
  ],
  'remains of joined groups': [
    // The execution verb may follow uncounted groups joined after the remains: they were all executed.
    { text: 'وتضم المقبرة رفات مدنيين وعسكريين أعدمهم التنظيم خلال سيطرته على المدينة', expect: [{ kind: 'executed', count: { vague: 'some' } }] },
  ],
  'one of the foremost': [
    // «كبار/أبرز/أهم» between a figure and the group counted tell its rank.
    { text: 'وأعلن الجيش مقتل أحد كبار القادة الميدانيين في الحركة بغارة جوية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'fighters' }] },
    { text: 'واعتقلت قوات الأمن ثلاثة من أبرز المطلوبين في المحافظة', expect: [{ kind: 'detained', count: { value: 3 }, contains: 'المطلوبين' }] },
  ],
  'losses inflicted on a pronoun': [
    // The inflicting verb may carry its object pronoun: the losses in lives are still the dead.
    { text: 'ونصبت القوات كمينا للمهاجمين وكبدتهم خسائر فادحة في الأرواح والعتاد', expect: [{ kind: 'killed', count: null }] },
  ],
  'a subject after «لكن»': [
    // «لكن» puts a subject first, as «أن» does.
    { text: 'وأصيب الطفل وشقيقه في القصف، لكن الطفل سامي خالد العمري توفي مساء أمس', expect: [{ kind: 'injured', count: { value: 2 } }, { kind: 'killed', count: { value: 1 }, victims: 'children' }] },
  ],
  'so many of those told, in another state': [
    // A figure of the wounded or the held, before a verb of death, is so many of them dead; the wounded are not told again.
    { text: 'وقال الطبيب إن ثلاثة من الجرحى توفوا لاحقا في المستشفى', expect: [{ kind: 'killed', count: { value: 3 } }] },
    // Guard: a verb that does not agree with the figure has a subject of its own.
    { text: 'وقال إن اثنين من المعتقلين توفي والدهما في القصف', expect: [{ kind: 'detained', count: { value: 2 } }, { kind: 'killed', count: { value: 1 } }] },
    { text: 'وأكدت المصادر أن اثنين من المصابين فارقا الحياة صباح اليوم', expect: [{ kind: 'killed', count: { value: 2 } }] },
  ],
  'a surname that is a place': [
    // A bare place word after a name word is a surname: a site would take «في» or a place noun.
    { text: 'وأعلنت النقابة اختطاف سامر زيد ذيبان من منزله', expect: [{ kind: 'detained', count: { value: 1 }, victims: 'people' }] },
  ],
  'a slash after a title': [
    // «المعلم/ فلان»: the slash stands between the title and the name, which still belongs to the person.
    { text: 'واختطفت المليشيا المعلم/ صالح أحمد قاسم من منزله', expect: [{ kind: 'detained', count: { value: 1 }, contains: 'صالح أحمد قاسم' }] },
  ],
  'a few past a ten, and bare ranges': [
    // «نيف/بضع» before a ten is a count between that ten and the next.
    { text: 'وقتل نيف وعشرون شخصا في القصف على السوق', expect: [{ kind: 'killed', count: { min: 21, max: 29, vague: 'several' }, victims: 'people' }] },
    { text: 'وأصيب بضعة عشر مدنيا بجروح', expect: [{ kind: 'injured', count: { min: 13, max: 19, vague: 'several' }, victims: 'civilians' }] },
    // «ونيف» after the figure stands between it and its noun: the noun is still the victims.
    { text: 'وقتل عشرون ونيف شخصا في الغارة', expect: [{ kind: 'killed', count: { min: 20 }, victims: 'people' }] },
    // A range needs no «من/بين» before «إلى».
    { text: 'وقدرت مصادر أخرى الأعداد بقرابة 50 إلى 60 ضحية', expect: [{ kind: 'killed', count: { min: 50, max: 60, approximate: true } }] },
    { text: 'وعثر الفريق على رفات ثلاثة إلى خمسة أشخاص في المقبرة', expect: [{ kind: 'killed', count: { min: 3, max: 5 }, victims: 'people' }] },
    // Guard: a year before «إلى» ends a date; the toll after it stands alone.
    { text: 'وارتفع عدد الشهداء منذ أكتوبر 2023 إلى 41 ألف شهيد', expect: [{ kind: 'killed', count: { value: 41000 } }] },
  ],
  'bodies bearing marks': [
    // What a found body bears («عليها/تحمل آثار») describes it: the body is still a dead person found.
    { text: 'وعثر مزارعون على جثتين عليهما آثار طلقات نارية قرب الوادي', expect: [{ kind: 'killed', count: { value: 2 } }] },
    // «تظهر» is no personal name: the body is no one's named.
    { text: 'وعثرت دورية على جثة تظهر عليها آثار تعذيب على أطراف البلدة', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'unspecified' }] },
    // Guard: a body bearing a name is that person's.
    { text: 'وعثرت دورية على جثة تحمل اسم أحمد العلي', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'people' }] },
  ],
  'guards from the twenty-sixth review': [
    // Counted others whose sub-group has a predicate of its own are that predicate's («أصيبوا»), not the toll's.
    { text: 'قتل ثلاثة جنود في الهجوم وخمسة آخرون بينهم ضابط أصيبوا بجروح', expect: [{ kind: 'killed', count: { value: 3 } }, { kind: 'injured', count: { value: 5 } }] },
    // An attack after the joined group names no side of its own: the groups are still one toll.
    { text: 'وقتل ستة أطفال، وثلاث نساء، وثلاثة رجال في القصف', expect: [{ kind: 'killed', count: { value: 12 } }] },
    // «إلى جانب» past a verb is beside.
    { text: 'قتل شاب كان يقف إلى جانب ثلاثة شبان آخرين', expect: [{ kind: 'killed', count: { value: 1 } }] },
    // «وواحد» after a figure with its side is the next item of the list.
    { text: 'وقتل 61 في صفوف الهيئة، وواحد في صفوف الجيش الوطني', expect: [{ kind: 'killed', count: { value: 61 } }, { kind: 'killed', count: { value: 1 } }] },
    // Bodies left where they lie are the dead already told; the verb's participle leaves new ones.
    { text: 'قتل 10 مدنيين في القصف، وتركت جثث القتلى في الشوارع', expect: [{ kind: 'killed', count: { value: 10 } }] },
    { text: 'انسحب المسلحون من القرية تاركين قتلى وجرحى', expect: [{ kind: 'killed', count: { vague: 'some' } }, { kind: 'injured', count: { vague: 'some' } }] },
    // A direct hit on a body is a wound, the cognate noun or not.
    { text: 'أطلق القناص النار على الطفل وأصابه إصابة مباشرة في الصدر', expect: [{ kind: 'injured', count: { value: 1 } }] },
    // The definite body of another one, or of an ordinal, is someone new.
    { text: 'عثر مدنيون على جثة شاب قرب الطريق، ثم عثر على جثة الشاب الآخر قرب المدرسة', expect: [{ kind: 'killed', count: { value: 1 } }, { kind: 'killed', count: { value: 1 } }] },
  ],
};

/** Texts with numbers, actors and casualty-like words that state no casualty: nothing may be extracted. */
export const notCasualties: { text: string; why: string }[] = [
  { text: 'واتهمت المنظمة الجيش بارتكاب إبادة جماعية بحق سكان الإقليم', why: 'a charge of genocide: «إبادة» spelled with «ة» is a noun, no verb with an object pronoun' },
  { text: 'ووصف البيان الهجوم بأنه إبادة متعمدة', why: 'a charge of genocide, with another adjective' },
  { text: 'ونفذت المحكمة حد السرقة على شابين في ساحة السوق', why: 'a penalty that is no death («حد السرقة») is no execution' },
  { text: 'وتوعدت الجماعة بإعدام كل من يتعاون مع القوات الأجنبية', why: '«كل من» before a verb is "whoever", no list of named persons' },
  { text: 'ونفذ الجيش حكم القانون في المدينة على المخالفين', why: '«حكم» of anything but death carries out no execution' },
  { text: 'وأطلقت كوريا الشمالية صاروخين باتجاه البحر', why: 'a nationality with the accusative ا and no count is the country' },
  { text: 'وقال ناشطون إن القصف على الأحياء الشرقية استمر طوال الليل', why: 'activists who report are a source, not victims' },
  { text: 'وطالب عشرات العمال المفصولين بإعادتهم إلى وظائفهم', why: 'workers named with no casualty word are no victims' },
  { text: 'وكانت الطفلتان أول ضحيتين مدنيتين تقتلهما المسيرات في المدينة', why: 'a verb with an object pronoun right after its group describes the group' },
  { text: 'وأسقطت الدفاعات الجوية طائرتين مسيرتين فوق المدينة', why: '«أسقط» before no casualty word downs aircraft' },
  { text: 'وحصد المنتخب ثلاث ميداليات في البطولة', why: '«حصد» without «أرواح» reaps no lives' },
  { text: 'وطالب ذوو الضحية بمحاسبة قتلته أمام القضاء', why: '«قتلته» with no conjunction and no agent after it is "his killers"' },
  { text: 'واتهمت العائلة المسلحين بتعذيبه وقتله', why: '«وقتله» joining two verbal nouns with the same pronoun is "his killing"' },
  { text: 'وقال الأهالي إن الصيادين الذين احتجزتهم الدورية عادوا إلى منازلهم', why: 'a relative clause on an uncounted group describes people already told' },
  { text: 'وقال الضابط إن قناصة التنظيم يقتلون أي مدني يحاول عبور الجسر', why: 'a present verb with «أي» tells a habit' },
  { text: 'وقال المراسل إن الانفجار أدى إلى احتراق عدد من المحال، مرجحا ارتفاع حصيلة الضحايا', why: 'a comment on a toll, no figure' },
  { text: 'نفذت طائرات التحالف خلال الـ72 ساعة الماضية 145 غارة جوية على المدينة', why: 'airstrikes and hours are counted, not people' },
  { text: 'يبلغ عدد سكان مدينة الباب مائة الف نسمة', why: 'population' },
  { text: 'أكدت الوزارة أن أكثر من 13 ألف مدني غادروا الأحياء الشرقية', why: 'displacement' },
  { text: 'سلم نحو سبعمئة من مسلحي المعارضة أسلحتهم', why: 'surrender' },
  { text: 'استهدفت طائرة قاذفة من طراز بي 52 الحي ذاته', why: 'a model name' },
  { text: 'سيطرت القوات على نحو 90 بالمائة من المدينة', why: 'a percentage' },
  { text: 'أطلق المسلحون أكثر من 40 صاروخا محققين إصابات مباشرة', why: 'direct hits, not injuries' },
  { text: 'قال المرصد إن عدد القتلى مرشح للارتفاع', why: 'a comment on a toll' },
  { text: 'قتلى وجرحى', why: 'a bare heading' },
  { text: 'النازحون محاصرون في مناطق ضيقة شرق حلب', why: 'besieged people are not trapped casualties' },
  { text: 'يمكن أن تتسبب القذائف في مقتل عدد كبير من المدنيين', why: 'hypothetical' },
  { text: 'نفت روسيا مقتل أي مدنيين في غاراتها', why: 'denied' },
  { text: 'لم تسفر الغارة عن وقوع إصابات', why: 'zero' },
  { text: 'ألقى الطيران المروحي 12 برميلا متفجرا على داريا يوم الثلاثاء', why: 'barrels counted' },
  { text: 'وثقت الشبكة دمار 300 شقة سكنية في مشروع الـ 1070 شقة', why: 'apartments' },
  { text: 'وقالت اللجنة إنها ماضية في البحث عن جثث في موقعين آخرين', why: 'bodies searched for are not found yet' },
  { text: 'تعجز الفرق عن الوصول إلى الشهداء العالقين تحت الركام', why: 'the dead under rubble are not trapped survivors' },
  { text: 'تعرضت البلدة لقصف مدفعي عنيف', why: 'a town subjected to shelling names no casualty' },
  { text: 'ناقش المؤتمر حق تقرير المصير للشعوب', why: 'self-determination is no fate of a group' },
  { text: 'وفي المنزل الذي أصيبت فيه جثث متفحمة', why: 'bodies are no injured' },
  { text: 'وقعت جريمة قتل بشعة في الحي', why: 'a murder named, no one counted: a noun after «قتل» makes it a noun' },
  { text: 'وسقطت 3 من القذائف على الحي', why: 'shells fall, not people' },
  { text: 'تراجع عدد الإصابات بين الأطفال', why: 'a definite plural in a comment on numbers' },
  { text: 'في ذكرى مجزرة الحولة خرج الأهالي إلى الساحات', why: 'a massacre named by its place, no victims after it' },
  { text: 'وما زالت قوات الاحتلال تحتجز جثمانه منذ أسبوعين', why: 'a body held is no detainee' },
  { text: 'تكبد التجار خسائر فادحة في المحاصيل', why: 'losses of crops are not human' },
  { text: 'خسر الفريق 3 مباريات متتالية', why: 'a team loses matches, not people' },
  { text: 'سقطت قذيفة هاون قرب المدرسة', why: 'a shell falls: no one fell' },
  { text: 'وتوترت الأوضاع بعد أن حاولت دورية للشرطة اعتقال أحد وجهاء العشيرة', why: 'an arrest tried, past the subject of the verb of trying' },
  { text: 'وكانت قوة أمنية قد حاولت القبض على شخص يدعى سالم بتهمة التهريب', why: 'an arrest tried, «القبض على»' },
  { text: 'وحذرت المنظمة من تفاقم معاناة مئات العائلات العالقة في المدينة المحاصرة', why: '«عالق» alone is stranded: trapped only under or inside something' },
  { text: 'ولا يزال آلاف المدنيين عالقين تحت الحصار في الفاشر', why: 'under a siege is stranded, not under rubble' },
  { text: 'وتم إجلاء 200 من العالقين في المطار', why: 'an evacuation moves the stranded; it rescues no one trapped' },
  { text: 'وقال الدفاع المدني إنه لا يوجد أحد تحت الأنقاض', why: 'there being denied, and «أحد» is no group' },
  { text: 'أودت الأزمة بنحو 3 ملايين يمني إلى حافة المجاعة', why: '«أودى ب… إلى» led them somewhere' },
  { text: 'ولا يزال عشرات المسافرين عالقين على الحدود منذ أيام', why: 'stranded at a border, not trapped' },
  { text: 'سقطت المدينة بيد المسلحين بعد معارك عنيفة', why: 'a town falls' },
  { text: 'قتلت المجاعة في الصومال العام الماضي 43 ألف شخص', why: 'famine is no conflict agent' },
  { text: 'قتلت الكوليرا في اليمن منذ مطلع العام أكثر من 2000 شخص', why: 'a disease is no conflict agent' },
  { text: 'وقتل الجوع خلال الشتاء الماضي عشرات الأطفال في المخيمات', why: 'hunger as the subject' },
  { text: 'وسقط 3 جنود في الأسر خلال المعارك', why: 'fallen into captivity' },
  { text: 'سقط جنديان من الجيش في قبضة المسلحين قرب الحدود', why: 'fallen into the hands of gunmen' },
  { text: 'سقوط ستة من عناصر الشرطة في أيدي المهاجمين', why: 'fallen into hands, also after the noun «سقوط»' },
  { text: 'سقط 5 أطفال في حفرة للصرف الصحي وتم إنقاذهم', why: 'fallen into a pit' },
  { text: 'سقط عشرات الشبان في فخ المخدرات', why: 'fallen into a trap' },
  { text: 'سقط عشرات المتظاهرين مغشيا عليهم من شدة الحر', why: 'fainted: a verb of falling with neither participle, break nor cause' },
  { text: 'وسقط عدد من المصلين أرضا من الزحام', why: 'fell to the ground from the crowd' },
  { text: 'تبرعت أسرة واحدة بمنزلها لإيواء الأسر النازحة', why: 'a family is no detention (أسر)' },
  { text: 'تصاعدت الإعدامات في المحافظة خلال الأشهر الماضية', why: 'bare executions with nobody named' },
  { text: 'وأشار الجيش السوري إلى تقدم قواته', why: 'a nationality adjective is no victim' },
  { text: 'وأفرجت السلطات عن 40 معتقلا بمناسبة العيد', why: 'detainees freed are no new detention' },
  { text: 'أطلق المسلحون سراح 6 مختطفين بعد دفع فدية', why: 'captives released' },
  { text: 'وأفرجت هيئة تحرير الشام عن 12 معتقلا من سجونها', why: 'captives freed by a side of several words (its name counts for none of the reach)' },
  { text: 'وتشمل صفقة التبادل 120 أسيرا من الطرفين', why: 'prisoners of an exchange' },
  { text: 'وعثر على جثته بعد 3 أيام من مقتله', why: 'a figure of days beside a casualty word counts no one' },
  { text: 'واعتقل عام 2019 في دمشق', why: 'a year beside a casualty word is a date' },
  { text: 'وأكدت الصفحة أن القتلى هم 5 رجال وامرأة', why: 'the dead already told, named by a definite noun before the figure' },
  { text: 'قالت إن 70% من المدنيين قتلوا في الغارات', why: 'a share of the dead is no group of its own' },
  { text: 'وقال المسعفون إنه لم يعد آخرون تحت الأنقاض', why: '«لم يعد» says «no longer», not «still»' },
  { text: 'وقالت الوزارة إن الإصابات وصلت إلى نسبة 40 بالمئة من الحالات', why: 'a rate that reached a share is no arrival at a hospital' },
  { text: 'وحمل العشرات جثمان الرجل إلى المقبرة', why: 'a figure with no value counts plurals: a singular after it is its verb\'s object' },
  { text: 'واختطف مسلحون سيارة إسعاف على الطريق الدولي', why: 'a nominative subject and a thing after it: the gunmen took a vehicle' },
  { text: 'وطالبت عائلة الشاب المعتقل بالكشف عن مكان احتجازه', why: 'a definite person described as held is held already: no new arrest' },
  { text: 'وقال الدفاع المدني إنه لم ينجم عن سقوط الصاروخ أية خسائر بشرية', why: 'a negated verb of result («لم ينجم») denies the losses however far into its clause' },
  { text: 'وقال إن المواطن فقد منزله، وحياته باتت في خطر', why: 'a death idiom does not reach past the object its verb already took, into a clause joined by «و»' },
  { text: 'ونعت حركة الجهاد شابا من مخيم جنين', why: 'the mourned by an indefinite noun restate a death already told' },
  { text: 'وأصدرت المحكمة مذكرات توقيف بحق 4 ضباط سابقين', why: 'a warrant in construct with the verbal noun orders an arrest; none was made' },
  { text: 'وانفجرت الطائرة المسيرة قرب المعسكر من دون أن يؤدي سقوطها إلى وقوع خسائر بشرية', why: '«دون أن» negates its whole clause, a subject and «إلى» inside it' },
  { text: 'وفتحت الشرطة تحقيقا في الهجوم لكنها لم تعلن اعتقال أي شخص حتى الآن', why: '«أي» under a negation is no one at all, though the noun is singular' },
  { text: 'وطوقت القوات الموقع وأجرت عملية تمشيط، لكن لم يتم اعتقال أحد حتى الآن', why: '«أحد» (anyone) and «حتى» open no personal name: the negated arrest names no one' },
  { text: 'وأصدرت محكمة عسكرية أحكاماً بالإعدام بحق 9 معتقلين من أبناء المدينة', why: 'a death sentence passed is no execution, and the held it is passed on are no new detention' },
  { text: 'وتمكن المتظاهرون من الوصول إلى ميدان الشهداء وسط المدينة', why: 'a definite casualty noun after a place reached names the place (Martyrs\' Square)' },
  { text: 'واستهدف المقاتلون منزلا يتمركز فيه جنود وتم إصابته إصابة مباشرة', why: 'a direct hit («إصابة مباشرة») on a target is no wound' },
  { text: 'وقصفت المدفعية ثكنة عسكرية ما أسفر عن إصابات مباشرة ودقيقة', why: 'direct hits on a barracks are no wounded' },
  { text: 'وقالت البلدية إن عدة منازل ومحال أصيبت بأضرار مادية جراء القصف', why: 'damage a building is hit with is no wound, nor a name' },
  { text: 'وأصيب مبنى المحافظة بأضرار جسيمة في الانفجار', why: 'damage after a hit building' },
];
