// ECharts, tree-shaken: only the chart types and components the dashboard draws are bundled.
import { BarChart, CustomChart, HeatmapChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  TransformComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Custom: the campaign timeline and the quota chart's target ticks; Transform: its attained and
// unattained bars filtered from one dataset. Heatmap and its continuous visual map: 动态管理's
// unit × month chart.
use([
  BarChart,
  CustomChart,
  HeatmapChart,
  PieChart,
  AriaComponent,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  TransformComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { init, type ECElementEvent, type EChartsType } from 'echarts/core';
