/**
 * Place phrases as data: a sentence → the place phrases `findPlaces` reads in it, as [text, place id, governorate].
 * One group per shape of the language; they double as documentation (docs/dates-and-places.md). The sentences are
 * written for these tests, modeled on real reports.
 */

/** [phrase text, gazetteer id or null, governorate or null]. */
export type ExpectedPlace = readonly [text: string, place: string | null, governorate: string | null];

export interface PlaceCase {
  readonly text: string;
  readonly places: readonly ExpectedPlace[];
}

export const placeCases: Record<string, readonly PlaceCase[]> = {
  'a chain of «ب/في + place noun + name», followed to its end': [
    { text: 'قُتل مدنيان في بلدة كفرنبل بريف إدلب الجنوبي', places: [['بلدة كفرنبل بريف إدلب الجنوبي', 'kafranbel', 'idlib']] },
    { text: 'سقطت قذيفة على حي الشعار بمدينة حلب', places: [['حي الشعار بمدينة حلب', 'al-shaar', 'aleppo']] },
    { text: 'أصيب طفل في مدينة إعزاز بريف حلب الشمالي', places: [['مدينة إعزاز بريف حلب الشمالي', 'azaz', 'aleppo']] },
    { text: 'قصفت الطائرات أحياء المغاير والسكري والمشهد في مدينة حلب', places: [['أحياء المغاير والسكري والمشهد في مدينة حلب', 'al-mughayir', 'aleppo']] },
    { text: 'استهدف القصف مدينتي خان شيخون وسرمين', places: [['مدينتي خان شيخون وسرمين', 'khan-shaykhun', 'idlib']] },
    { text: 'قتل ثلاثة في الغوطة الشرقية بريف دمشق', places: [['الغوطة الشرقية بريف دمشق', 'eastern-ghouta', 'rif-dimashq']] },
    { text: 'انفجرت سيارة في منطقة الزاهرة القديمة بدمشق', places: [['منطقة الزاهرة القديمة بدمشق', 'al-zahira', 'damascus']] },
    { text: 'عثر على جثة في قرية خراب الشحم في محافظة درعا', places: [['قرية خراب الشحم في محافظة درعا', 'khirab-al-shahm', 'daraa']] },
  ],
  'a name in quotes or brackets after a place noun; camps, crossings, airports, prisons and mosques head a place': [
    { text: 'قتل خمسة في قصف على قرية (الطيبة) جنوبي حلب', places: [['قرية (الطيبة) جنوبي حلب', 'aleppo', 'aleppo']] },
    { text: 'قتل ثلاثة في غارة على معسكر الحمدان', places: [['معسكر الحمدان', null, null]] },
    { text: 'أصيب عامل في قصف على معبر باب الهوى', places: [['معبر باب الهوى', 'bab-al-hawa', 'idlib']] },
    { text: 'توفي معتقلان في سجن صيدنايا', places: [['سجن صيدنايا', 'saydnaya', 'rif-dimashq']] },
  ],
  'a chain stops at a word that is no place': [
    { text: 'اعتقلت دورية شابا من مدينة الرقة بتهمة التعامل مع التحالف', places: [['مدينة الرقة', 'raqqa', 'raqqa']] },
    { text: 'قتل عنصران في بلدة الهبيط بنيران قناص', places: [['بلدة الهبيط', 'al-habit', 'idlib']] },
    { text: 'سقط قتيل في حي بابا عمرو بعد منتصف الليل', places: [['حي بابا عمرو', 'baba-amr', 'homs']] },
  ],
  'a chain goes on past an adjective of the name, or «التابعة» before the unit it belongs to': [
    { text: 'قتل طفل في قرية أبو حبة الصغيرة بريف حماة الشمالي', places: [['قرية أبو حبة الصغيرة بريف حماة الشمالي', 'hama-countryside-northern', 'hama']] },
    { text: 'انفجرت عبوة قرب مطار المزة العسكري بريف دمشق', places: [['مطار المزة العسكري بريف دمشق', 'damascus-countryside', 'rif-dimashq']] },
    { text: 'قتل مدنيان في قرية العطالة التابعة لمدينة القامشلي', places: [['قرية العطالة التابعة لمدينة القامشلي', 'qamishli', 'hasakah']] },
    // Guard: with no place around after it, the adjective is left out.
    { text: 'قتل شاب في قرية الحويز الكبيرة أمس', places: [['قرية الحويز', 'al-huwayz', 'hama']] },
  ],
  'a present verb after a place noun describes it, and names nothing': [
    { text: 'قتل جنديان في هجوم على قرية تقع على بعد 20 كم جنوب حلب', places: [['حلب', 'aleppo', 'aleppo']] },
    { text: 'قتل 7 في قصف على مدرسة تؤوي نازحين في حي الشعار بمدينة حلب', places: [['حي الشعار بمدينة حلب', 'al-shaar', 'aleppo']] },
  ],
  'names joined by «و» without a plural or dual noun are places of their own': [
    { text: 'غارات على دوما وحرستا وإدلب', places: [['دوما', 'douma', 'rif-dimashq'], ['حرستا', 'harasta', 'rif-dimashq'], ['إدلب', 'idlib', 'idlib']] },
    { text: 'قصفت الطائرات حلب وإدلب', places: [['حلب', 'aleppo', 'aleppo'], ['إدلب', 'idlib', 'idlib']] },
    { text: 'قتل مدنيان في بلدة كفرنبل وسراقب', places: [['بلدة كفرنبل', 'kafranbel', 'idlib'], ['سراقب', 'saraqib', 'idlib']] },
  ],
  'a direction leads to the place around': [
    { text: 'ألقت المروحيات براميل على منازل بخان شيخون جنوب إدلب', places: [['خان شيخون جنوب إدلب', 'khan-shaykhun', 'idlib']] },
    { text: 'قتل طفل في حي الرميلة شمال شرقي مدينة الرقة', places: [['حي الرميلة شمال شرقي مدينة الرقة', 'al-rumaila', 'raqqa']] },
  ],
  'the countryside of a governorate': [
    { text: 'قصف مدفعي على ريف حماة الشمالي', places: [['ريف حماة الشمالي', 'hama-countryside-northern', 'hama']] },
    { text: 'غارات على الريف الجنوبي لإدلب', places: [['الريف الجنوبي لإدلب', 'idlib', 'idlib']] },
    { text: 'قتل مزارع في قرية "أم الخلاخيل" بريف إدلب الجنوبي', places: [['قرية "أم الخلاخيل" بريف إدلب الجنوبي', 'idlib-countryside-southern', 'idlib']] },
    { text: 'قتل 4 في بلدة عين ترما بريف دمشق', places: [['بلدة عين ترما بريف دمشق', 'ein-terma', 'rif-dimashq']] },
  ],
  'a town named alone gives its governorate': [
    { text: 'سقطت قذائف على دوما', places: [['دوما', 'douma', 'rif-dimashq']] },
    { text: 'قتل شخصان في تلبيسة', places: [['تلبيسة', 'talbiseh', 'homs']] },
    { text: 'انفجرت عبوة في القامشلي', places: [['القامشلي', 'qamishli', 'hasakah']] },
    { text: 'استهدفت غارة مدينة السويداء', places: [['مدينة السويداء', 'as-suwayda', 'as-suwayda']] },
    { text: 'قتل مدني في بلدة القريا', places: [['بلدة القريا', 'al-qurayya', 'as-suwayda']] },
    { text: 'سقطت قذيفة في بلدة خان أرنبة', places: [['بلدة خان أرنبة', 'khan-arnabah', 'quneitra']] },
    { text: 'قصف على بانياس', places: [['بانياس', 'baniyas', 'tartus']] },
    { text: 'انفجار في جبلة', places: [['جبلة', 'jableh', 'latakia']] },
    { text: 'قتل 3 في البوكمال', places: [['البوكمال', 'albu-kamal', 'deir-ez-zor']] },
    { text: 'غارة على محافظة ريف دمشق', places: [['محافظة ريف دمشق', 'rif-dimashq', 'rif-dimashq']] },
  ],
  'a name that is also a common word counts after a place noun or preposition': [
    { text: 'فتح الباب أمام المفاوضات', places: [] },
    { text: 'قتل خمسة في مدينة الباب', places: [['مدينة الباب', 'al-bab', 'aleppo']] },
    // Guard: not after «على», where these words are mostly themselves («طرقوا على الباب»، «حصلت على صور»).
    { text: 'قتل رجل برصاص مسلحين طرقوا على الباب فجر اليوم', places: [] },
  ],
  'a word that describes an area without naming it, or a particle after an adjective, is no name': [
    { text: 'قتل ثمانية مدنيين في قصف مناطق متفرقة من ريف إدلب الجنوبي', places: [['ريف إدلب الجنوبي', 'idlib-countryside-southern', 'idlib']] },
    { text: 'قتل 4 مدنيين في غارات على مناطق سيطرة المعارضة في ريف حلب', places: [['ريف حلب', 'aleppo-countryside', 'aleppo']] },
    { text: 'سقطت قذيفة على منطقة سكنية بمدينة حمص', places: [['مدينة حمص', 'homs', 'homs']] },
    { text: 'قتل 7 مدنيين في منطقة القصف', places: [] },
    { text: 'قالت مديرية الصحة في إدلب إن خمسة قتلوا', places: [['إدلب', 'idlib', 'idlib']] },
    { text: 'أفادت مصادر محلية أن قذيفة سقطت على قرية كانت تؤوي نازحين', places: [] },
  ],
  'an adjective after a masculine head, an aside in brackets and an office after «مديرية» are no names': [
    { text: 'قتل 6 نازحين في قصف على مخيم عشوائي قرب بلدة أطمة', places: [['بلدة أطمة', 'atmeh', 'idlib']] },
    { text: 'قتل 3 أشخاص في مدينة (حسب مصادر محلية) تعرضت للقصف', places: [] },
    // Guard: a neighbourhood named after an office keeps its name.
    { text: 'قتل 4 في تفجير في حي الشرطة بمدينة الموصل', places: [['حي الشرطة بمدينة الموصل', null, null]] },
  ],
  "a country's accusative adjective describes the victims": [
    { text: 'غرق 11 طفلاً سورياً قبالة السواحل', places: [] },
    { text: 'قتل 11 مدنيا سوريا في القصف', places: [] },
    { text: 'عاد 11 لاجئاً إلى سوريا', places: [['سوريا', 'syria', null]] },
  ],
  'a namesake of a listed place: the place around decides': [
    { text: 'قتل شاب في حي القصور في مدينة دير الزور', places: [['حي القصور في مدينة دير الزور', 'deir-ez-zor', 'deir-ez-zor']] },
    { text: 'قتل شاب في حي القصور بمدينة حمص', places: [['حي القصور بمدينة حمص', 'al-qusour', 'homs']] },
    { text: 'قتل مدنيان في حي الفردوس بمدينة الرقة', places: [['حي الفردوس بمدينة الرقة', 'raqqa', 'raqqa']] },
  ],
  "a road's or a person's name": [
    { text: 'قتل مدني على طريق حلب–دمشق الدولي قرب سراقب', places: [['سراقب', 'saraqib', 'idlib']] },
    { text: 'انفجرت عبوة على أوتوستراد دمشق - حمص', places: [] },
    { text: 'أصيب طفل من عائلة أبو حلب في القصف', places: [] },
    // Guard: a road to one place is near it.
    { text: 'قتل شاب على طريق سراقب', places: [['سراقب', 'saraqib', 'idlib']] },
  ],
  'a compound name written apart or joined, as the gazetteer does not write it': [
    { text: 'قتل 3 مدنيين بقصف على كفر نبودة', places: [['كفر نبودة', 'kafr-nabudah', 'hama']] },
    { text: 'قتل طفل في خانشيخون', places: [['خانشيخون', 'khan-shaykhun', 'idlib']] },
    { text: 'قتل شاب في مدينة عزاز', places: [['مدينة عزاز', 'azaz', 'aleppo']] },
  ],
  'unknown names and actors': [
    { text: 'قصفت طائرات التحالف مدينة الموصل العراقية', places: [['مدينة الموصل', null, null]] },
    { text: 'قتل 3 عناصر من قوات سوريا الديمقراطية', places: [] },
  ],
};
