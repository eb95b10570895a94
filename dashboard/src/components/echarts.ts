// ECharts, tree-shaken: only the chart types and components the dashboard draws are bundled.
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, DatasetComponent, GridComponent, LegendComponent, TitleComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  PieChart,
  AriaComponent,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init, type ECElementEvent, type EChartsType } from 'echarts/core';
