import type { SourceEntry } from '../../lexicon/types.js';
import { sources as core } from '../core/sources.js';
import { extend } from '../extend.js';
import { amaqSource } from '../regional/actors.js';

/**
 * Syrian bodies that report figures, on top of the core's generic ones (`lexicons/core/sources`). Most are not
 * armed actors (monitors, the civil defence); media run by an armed actor name it in `actor`, and `findActors` reports them as that actor's source.
 * @example
 * ```ts
 * sources.find((s) => s.id === 'amaq')?.actor; // → 'isis' («وكالة أعماق»)
 * ```
 */
export const sources: readonly SourceEntry[] = [
  // Affiliated with an armed actor.
  amaqSource,
  {
    id: 'sana',
    labels: { ar: 'وكالة سانا', en: 'SANA' },
    actor: 'syrian-government',
    forms: ['سانا', 'وكالة سانا', 'الوكالة السورية للأنباء', 'وكالة الأنباء السورية', 'وكالة الأنباء الرسمية السورية', 'الإخبارية السورية', 'قناة الإخبارية السورية', 'التلفزيون السوري', 'التلفزيون الرسمي السوري', 'الإعلام الرسمي السوري', 'الإعلام السوري الرسمي'],
  },
  { id: 'russian-mod', labels: { ar: 'وزارة الدفاع الروسية', en: 'Russian Ministry of Defence' }, actor: 'russia', forms: ['وزارة الدفاع الروسية', 'مركز المصالحة الروسي', 'مركز حميميم'] },
  { id: 'hezbollah-media', labels: { ar: 'الإعلام الحربي', en: 'Hezbollah war media' }, actor: 'hezbollah', forms: ['الإعلام الحربي المركزي', 'الإعلام الحربي التابع لحزب الله', 'قناة المنار', 'المنار'] },
  // Rescue, monitoring and medical bodies: Syria's own, and the core's entries with their Syrian names.
  extend(core, 'civil-defence', ['الدفاع المدني السوري', 'الخوذ البيضاء']),
  { id: 'sohr', labels: { ar: 'المرصد السوري لحقوق الإنسان', en: 'Syrian Observatory for Human Rights' }, forms: ['المرصد السوري لحقوق الإنسان', 'المرصد السوري', 'المرصد'] },
  { id: 'snhr', labels: { ar: 'الشبكة السورية لحقوق الإنسان', en: 'Syrian Network for Human Rights' }, forms: ['الشبكة السورية لحقوق الإنسان', 'الشبكة السورية'] },
  { id: 'vdc', labels: { ar: 'مركز توثيق الانتهاكات', en: 'Violations Documentation Center' }, forms: ['مركز توثيق الانتهاكات', 'مركز توثيق الانتهاكات في سوريا'] },
  { id: 'raqqa-slaughtered', labels: { ar: 'الرقة تذبح بصمت', en: 'Raqqa is Being Slaughtered Silently' }, forms: ['الرقة تذبح بصمت', 'حملة الرقة تذبح بصمت'] },
  { id: 'health-directorate', labels: { ar: 'مديرية الصحة', en: 'health directorate' }, forms: ['مديرية الصحة الحرة', 'مديرية صحة إدلب', 'مديرية صحة حلب', 'مديرية صحة دمشق وريفها'] },
  extend(core, 'ngos', ['الهلال الأحمر العربي السوري', 'اتحاد منظمات الإغاثة والرعاية الطبية', 'الجمعية الطبية السورية الأمريكية']),
  // Syrian news media not tied to an armed actor.
  extend(core, 'media', [
    'مسار برس', 'موقع مسار برس', 'شبكة شام', 'شبكة شام الإخبارية', 'عنب بلدي', 'سمارت', 'وكالة سمارت', 'أورينت', 'أورينت نيوز',
    'نداء سوريا', 'زمان الوصل', 'شبكة بلدي', 'موقع المدن', 'شبكة فرات بوست', 'فرات بوست',
  ]),
];
