// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { DimensionKey } from './dimension.js';

/** Static description of one Ikigai dimension for GET /ikigai/dimensions (texts written for kenali). */
export interface DimensionInfo {
  readonly dimension_key: DimensionKey;
  readonly label: string;
  readonly label_id: string;
  readonly question_prompt: string;
  readonly description: string;
  readonly helper_text_selected: string;
  readonly helper_text_not_selected: string;
  readonly example_text_selected: string;
  readonly example_text_not_selected: string;
  readonly min_chars: number;
  readonly max_chars: number;
}
const LIMITS = {
  min_chars: 10,
  max_chars: 2000
} as const;
export const DIMENSION_INFO: readonly DimensionInfo[] = stryMutAct_9fa48("223") ? [] : (stryCov_9fa48("223"), [stryMutAct_9fa48("224") ? {} : (stryCov_9fa48("224"), {
  dimension_key: stryMutAct_9fa48("225") ? "" : (stryCov_9fa48("225"), 'what_you_love'),
  label: stryMutAct_9fa48("226") ? "" : (stryCov_9fa48("226"), 'What You Love'),
  label_id: stryMutAct_9fa48("227") ? "" : (stryCov_9fa48("227"), 'Apa yang Kamu Cintai'),
  question_prompt: stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), 'Dari pilihan profesi di atas, kegiatan kerja mana yang paling ingin kamu lakukan berulang-ulang?'),
  description: stryMutAct_9fa48("229") ? "" : (stryCov_9fa48("229"), 'Menggali minat dan gairahmu: pekerjaan yang membuatmu lupa waktu.'),
  helper_text_selected: stryMutAct_9fa48("230") ? "" : (stryCov_9fa48("230"), 'Ceritakan bagian mana dari profesi pilihanmu yang paling kamu nikmati, dan mengapa.'),
  helper_text_not_selected: stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), 'Belum ada yang cocok? Ceritakan kegiatan yang sebenarnya paling ingin kamu kerjakan.'),
  example_text_selected: stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'Aku senang membuat ilustrasi dan memilih warna sampai sebuah desain terasa pas.'),
  example_text_not_selected: stryMutAct_9fa48("233") ? "" : (stryCov_9fa48("233"), 'Aku paling senang saat merakit dan memperbaiki alat elektronik di rumah.'),
  ...LIMITS
}), stryMutAct_9fa48("234") ? {} : (stryCov_9fa48("234"), {
  dimension_key: stryMutAct_9fa48("235") ? "" : (stryCov_9fa48("235"), 'what_you_are_good_at'),
  label: stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), 'What You Are Good At'),
  label_id: stryMutAct_9fa48("237") ? "" : (stryCov_9fa48("237"), 'Apa yang Kamu Kuasai'),
  question_prompt: stryMutAct_9fa48("238") ? "" : (stryCov_9fa48("238"), 'Kegiatan mana yang sudah bisa kamu kerjakan dengan baik sejak sekarang?'),
  description: stryMutAct_9fa48("239") ? "" : (stryCov_9fa48("239"), 'Mengukur keyakinan pada kemampuanmu sendiri: hal yang orang lain sering minta bantuanmu.'),
  helper_text_selected: stryMutAct_9fa48("240") ? "" : (stryCov_9fa48("240"), 'Jelaskan keterampilan apa yang sudah kamu punya untuk profesi ini dan dari mana kamu belajar.'),
  helper_text_not_selected: stryMutAct_9fa48("241") ? "" : (stryCov_9fa48("241"), 'Ceritakan keterampilan yang paling kamu kuasai, walau tidak ada di pilihan.'),
  example_text_selected: stryMutAct_9fa48("242") ? "" : (stryCov_9fa48("242"), 'Aku sudah terbiasa menyusun laporan keuangan organisasi kampus dengan rapi.'),
  example_text_not_selected: stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), 'Teman-teman sering memintaku menjelaskan materi pelajaran yang sulit.'),
  ...LIMITS
}), stryMutAct_9fa48("244") ? {} : (stryCov_9fa48("244"), {
  dimension_key: stryMutAct_9fa48("245") ? "" : (stryCov_9fa48("245"), 'what_the_world_needs'),
  label: stryMutAct_9fa48("246") ? "" : (stryCov_9fa48("246"), 'What the World Needs'),
  label_id: stryMutAct_9fa48("247") ? "" : (stryCov_9fa48("247"), 'Apa yang Dunia Butuhkan'),
  question_prompt: stryMutAct_9fa48("248") ? "" : (stryCov_9fa48("248"), 'Dampak apa bagi orang lain atau masyarakat yang paling penting untukmu?'),
  description: stryMutAct_9fa48("249") ? "" : (stryCov_9fa48("249"), 'Menggali nilai dan misimu: masalah yang ingin kamu bantu selesaikan.'),
  helper_text_selected: stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), 'Ceritakan manfaat profesi pilihanmu bagi orang lain yang paling berarti untukmu.'),
  helper_text_not_selected: stryMutAct_9fa48("251") ? "" : (stryCov_9fa48("251"), 'Ceritakan masalah di sekitarmu yang paling ingin kamu bantu atasi.'),
  example_text_selected: stryMutAct_9fa48("252") ? "" : (stryCov_9fa48("252"), 'Aku ingin pasien di daerah terpencil mendapat perawatan yang layak.'),
  example_text_not_selected: stryMutAct_9fa48("253") ? "" : (stryCov_9fa48("253"), 'Aku ingin lebih banyak anak di desaku bisa membaca dengan lancar.'),
  ...LIMITS
}), stryMutAct_9fa48("254") ? {} : (stryCov_9fa48("254"), {
  dimension_key: stryMutAct_9fa48("255") ? "" : (stryCov_9fa48("255"), 'what_you_can_be_paid_for'),
  label: stryMutAct_9fa48("256") ? "" : (stryCov_9fa48("256"), 'What You Can Be Paid For'),
  label_id: stryMutAct_9fa48("257") ? "" : (stryCov_9fa48("257"), 'Apa yang Bisa Menghasilkan'),
  question_prompt: stryMutAct_9fa48("258") ? "" : (stryCov_9fa48("258"), 'Pola kerja dan penghasilan seperti apa yang realistis untukmu dalam jangka panjang?'),
  description: stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), 'Menimbang harapan finansial dan kesiapanmu menghadapi risiko kerja.'),
  helper_text_selected: stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), 'Jelaskan mengapa jalur karier dan kisaran gaji profesi ini cocok dengan rencanamu.'),
  helper_text_not_selected: stryMutAct_9fa48("261") ? "" : (stryCov_9fa48("261"), 'Ceritakan cara kerja dan penghasilan yang kamu harapkan, misalnya gaji tetap atau usaha sendiri.'),
  example_text_selected: stryMutAct_9fa48("262") ? "" : (stryCov_9fa48("262"), 'Gaji awal yang stabil penting bagiku, lalu naik seiring sertifikasi.'),
  example_text_not_selected: stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), 'Aku ingin punya usaha sendiri walau penghasilannya belum pasti di awal.'),
  ...LIMITS
})]);