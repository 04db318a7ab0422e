<?php
// loose-lines.php IN.html OUT.pdf: an HTML page with a loose line height printed by dompdf
// (Debian's php-dompdf), the way a web page styled with `line-height: 1.8` prints.
require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;
$options = new Options();
$options->set('chroot', [__DIR__, '/usr/share/fonts/truetype/dejavu']);
$options->set('isRemoteEnabled', false);
$fonts = sys_get_temp_dir() . '/dompdf-fonts';  // the fonts' metrics, made on the first run
@mkdir($fonts);
$options->set('fontDir', $fonts);
$options->set('fontCache', $fonts);
$dompdf = new Dompdf($options);
$dompdf->loadHtml(file_get_contents($argv[1]), 'UTF-8');
$dompdf->setPaper('A4', 'portrait');
$dompdf->render();
file_put_contents($argv[2], $dompdf->output());
