// ECharts, tree-shaken: only the chart types and components the dashboard draws are bundled.
import { BarChart, CustomChart, HeatmapChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
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
// unit × month chart. Line and radar (with its coordinate system): 评议趋势.
use([
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  PieChart,
  RadarChart,
  AriaComponent,
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  TransformComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { init, type ECElementEvent, type EChartsType } from 'echarts/core';
